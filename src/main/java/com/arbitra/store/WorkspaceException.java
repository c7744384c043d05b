package com.arbitra.store;

/**
 * The workspace cannot be used: locked by a process that does not share it, unreadable, or made by a
 * newer version. The message is a sentence for the person at the keyboard.
 */
public class WorkspaceException extends Exception {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
