package com.arbitra.domain.ports;

/**
 * A file, folder or workspace an operation cannot use: the message is the sentence for the operator,
 * naming what is wrong and where.
 */
public class UnusableInputException extends Exception {

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
