package com.arbitra.bundle;

/** A bundle that cannot be read at all (not found, not JSON, a hostile archive); nothing was written. */
public class BundleException extends Exception {

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
