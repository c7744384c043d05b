package com.arbitra.store;

/** Another process held the data this one needed for longer than the lock wait; nothing was changed. */
public class WorkspaceBusyException extends RuntimeException {

    public WorkspaceBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
