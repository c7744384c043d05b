package com.arbitra.store;

/** The database failed in a way the user cannot fix by changing the input. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
