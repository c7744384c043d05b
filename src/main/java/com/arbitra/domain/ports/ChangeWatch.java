package com.arbitra.domain.ports;

/** The workspace's change mark: it moves whenever anything in the workspace changed, in any process. */
@FunctionalInterface
public interface ChangeWatch {
    long changeMark();

    /**
     * Calls {@code onChange} (on some other thread) as soon as anyone commits a change, where the
     * workspace can tell (a team's server); elsewhere never, and the mark is polled. Closing the
     * returned handle stops it.
     */
    default AutoCloseable subscribe(Runnable onChange) {
        return () -> { };
    }
}
