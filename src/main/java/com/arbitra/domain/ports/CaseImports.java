package com.arbitra.domain.ports;

import java.nio.file.Path;
import java.time.Duration;

/** Imports case bundles into the workspace: one transaction each, so a refused or cancelled one writes nothing. */
public interface CaseImports {

    /** Told after every chunk of cases; throwing (a cancel) rolls the import back. */
    @FunctionalInterface
    interface Progress {
        void cases(long read, Duration elapsed);
    }

    /** Whether this is a training workspace (whose samples are the training set). */
    boolean training();

    /**
     * Imports the bundle for the operator (who is named in its audit records); a bundle that cannot be
     * read is refused with where it is wrong.
     */
    ImportReport run(Path bundle, String operator, Progress progress) throws UnusableInputException;

    /** Imports the sample cases that ship with the application (the training set in a training workspace). */
    ImportReport samples(String operator, Progress progress) throws UnusableInputException;
}
