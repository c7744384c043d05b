package com.arbitra.domain;

/**
 * The disk holding the workspace (or a file being written) is full: the transaction was rolled back,
 * or the file was not written, and nothing was changed. Once space is freed the same work succeeds.
 */
public final class StoreFullException extends StoreUnavailableException {

    private final long freeAtLeastMegabytes;

    public StoreFullException(String message, long freeAtLeastMegabytes, Throwable cause) {
        super(message, cause);
        this.freeAtLeastMegabytes = freeAtLeastMegabytes;
    }

    public long freeAtLeastMegabytes() {
        return freeAtLeastMegabytes;
    }
}
