package com.arbitra.domain.ports;

import java.nio.file.Path;

/** Opens workspaces for the console, and makes new training workspaces. */
public interface ConsoleWorkspaces {

    /** Opens the workspace in the folder; one that cannot be opened is refused with the reason. */
    ConsolePorts open(Path dir) throws UnusableInputException;

    /**
     * How the console asks for a team database's password that neither the environment nor
     * {@code .pgpass} gives: {@code ask} is given the database user and the server's URL, and answers
     * null on cancel.
     */
    default void askPasswordsWith(java.util.function.BiFunction<String, String, char[]> ask) {
        // a workspace that needs no password
    }

    /**
     * Makes a training workspace in the folder (which must be new or empty), loads the sample training
     * set into it and opens it.
     */
    ConsolePorts createTraining(Path dir) throws UnusableInputException;
}
