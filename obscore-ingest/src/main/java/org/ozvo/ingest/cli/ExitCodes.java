package org.ozvo.ingest.cli;

/** Exit statuses of {@code bin/ingest}, the same for every subcommand. */
public final class ExitCodes {

    /** Everything worked. */
    public static final int OK = 0;
    /** The command ran to the end but some files failed or problems were found (see stderr / report). */
    public static final int FAILURES = 1;
    /** Bad command line; usage was printed. */
    public static final int USAGE = 2;
    /** The command could not run or had to stop (database, disk, configuration). */
    public static final int ERROR = 3;

    private ExitCodes() {
    }
}
