package com.arbitra.cli;

/** The exit codes every command keeps (scripts depend on them). */
public final class Exit {
    public static final int DONE = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int WORKSPACE = 3;
    public static final int INTERNAL = 4;

    private Exit() {
    }
}
