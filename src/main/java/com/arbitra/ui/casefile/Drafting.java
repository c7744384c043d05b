package com.arbitra.ui.casefile;

import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Where a form's draft goes while the operator types: {@link #typed} a moment after each pause in
 * typing, {@link #left} when the form is closed without sending what was typed.
 */
public interface Drafting<T> {

    void typed(T content);

    void left(T content);

    /** For forms whose drafts are not kept. */
    static <T> Drafting<T> none() {
        return new Drafting<>() {
            @Override
            public void typed(T content) {
            }

            @Override
            public void left(T content) {
            }
        };
    }

    /**
     * Watches one open form: {@link #edited()} after every change, and {@link #closed} once with
     * whether it was sent. Saves wait for a pause in typing so that a fast typist does not write the
     * workspace on every key.
     */
    final class Watch<T> {

        private static final Duration PAUSE = Duration.millis(400);

        private final Supplier<T> content;
        private final Drafting<T> sink;
        private final PauseTransition pause = new PauseTransition(PAUSE);
        private boolean dirty;

        public Watch(Supplier<T> content, Drafting<T> sink) {
            this.content = content;
            this.sink = sink;
            pause.setOnFinished(e -> sink.typed(content.get()));
        }

        public void edited() {
            dirty = true;
            pause.playFromStart();
        }

        /** The form closed: nothing more is saved as typed; a form left unsent keeps its draft. */
        public void closed(boolean sent) {
            pause.stop();
            if (!sent && dirty) {
                sink.left(content.get());
            }
        }
    }
}
