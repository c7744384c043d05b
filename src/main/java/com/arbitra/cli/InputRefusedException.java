package com.arbitra.cli;

/** The command's input was refused (exit 1); nothing was written. */
public class InputRefusedException extends RuntimeException {

    public InputRefusedException(String message) {
        super(message);
    }
}
