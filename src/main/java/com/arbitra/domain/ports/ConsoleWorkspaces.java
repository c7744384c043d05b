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

    /** Who unlocks an encrypted workspace: an operator and their password, or (operator null) the recovery key. */
    record Unlock(String operator, char[] secret) {
    }

    /**
     * How the console asks who unlocks an encrypted workspace: {@code ask} is given the folder and the
     * reason the last answer was refused (null at first), and answers null on cancel.
     */
    default void askUnlockWith(java.util.function.BiFunction<Path, String, Unlock> ask) {
        // a workspace that is not encrypted
    }

    /**
     * Makes a training workspace in the folder (which must be new or empty), loads the sample training
     * set into it and opens it.
     */
    ConsolePorts createTraining(Path dir) throws UnusableInputException;
}
