package com.arbitra.domain;

/**
 * The workspace's database did not answer (a team server that is down or unreachable, a connection
 * dropped midway); the transaction was rolled back and nothing was changed. Trying again later may
 * succeed, unlike a refusal.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
