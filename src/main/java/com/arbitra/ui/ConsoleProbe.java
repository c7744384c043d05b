package com.arbitra.ui;

import java.util.Objects;

/**
 * Where the console tells a measurement what happens on screen: the window shown, the queue's
 * window after sign-in, its first rows, the console closing. Nothing listens unless the composition
 * root installs a probe (the stall monitor of {@code arbitra.stallLog=true}, in the bench package).
 */
public interface ConsoleProbe {

    ConsoleProbe NONE = new ConsoleProbe() { };

    default void windowShown() {
    }

    default void queueShown() {
    }

    default void firstRows() {
    }

    default void closing() {
    }

    /** The probe in use (NONE by default). */
    static ConsoleProbe current() {
        return Holder.probe;
    }

    /** Installs a probe; called once, before the console starts. */
    static void install(ConsoleProbe probe) {
        Holder.probe = Objects.requireNonNull(probe);
    }

    /** The installed probe. */
    final class Holder {
        private static volatile ConsoleProbe probe = NONE;

        private Holder() {
        }
    }
}
