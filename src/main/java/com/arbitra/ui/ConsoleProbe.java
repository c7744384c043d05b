package com.arbitra.ui;

import java.util.Objects;

/**
 * Where the console tells a measurement what happens on screen: the window shown, the queue's
 * window after sign-in, its first rows, a case asked for and then shown with its first picture, the
 * console closing. Nothing listens unless the composition
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

    /** A case is asked for (Enter in the queue, a link): its case file is timed from now. */
    default void caseOpening() {
    }

    /** The case asked for is in the case file: header, actions and evidence tree, drawn at the next pulse. */
    default void caseShown() {
    }

    /** A picture of an attachment is set in the viewer. */
    default void pictureShown() {
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
