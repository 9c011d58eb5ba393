package org.ozvo.ingest.report;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a run on stderr. On a terminal ({@link System#console()} present) a bar redrawn
 * in place with rate and ETA; otherwise (logs, pipes) one plain line per interval. Other
 * output to stderr goes through {@link #println(String)} so it does not garble the bar.
 * Thread-safe.
 */
public final class Progress {

    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean interactive;
    private final long intervalNanos;
    private final String unit;
    private final String countLabel;
    private final long startNanos = System.nanoTime();
    private long lastPrintNanos = startNanos;
    private long total = -1;
    private long done;
    private long items;
    private long failed;
    private int barLength;

    /**
     * @param countLabel what the done/total count counts, e.g. {@code files}
     * @param unit       what the rate counts, e.g. {@code spectra}; null when it is the count itself
     * @param interval   time between plain lines (the bar is redrawn at most 5 times a second)
     */
    public Progress(PrintWriter err, boolean interactive, Duration interval, String countLabel, String unit) {
        this.err = err;
        this.interactive = interactive;
        this.intervalNanos = interactive ? 200_000_000L : interval.toNanos();
        this.countLabel = countLabel;
        this.unit = unit;
    }

    /** A progress on {@code err}: a bar if this process runs in a terminal, else a line every 10 s. */
    public static Progress on(PrintWriter err, String countLabel, String unit) {
        return new Progress(err, System.console() != null, Duration.ofSeconds(10), countLabel, unit);
    }

    /** The total count, once known (for a load: when the walk has found all files). */
    public synchronized void total(long files) {
        total = files;
    }

    /**
     * Updates the counts and prints if it is time to.
     *
     * @param countDone  done so far of the total
     * @param itemsDone  what the rate is computed from (ignored without a unit)
     * @param countFailed how many of {@code countDone} failed
     */
    public synchronized void update(long countDone, long itemsDone, long countFailed) {
        done = countDone;
        items = unit == null ? countDone : itemsDone;
        failed = countFailed;
        long now = System.nanoTime();
        if (now - lastPrintNanos >= intervalNanos) {
            lastPrintNanos = now;
            print(now);
        }
    }

    /** Prints a line of other output (e.g. a failure) above the bar. */
    public synchronized void println(String line) {
        boolean barShown = barLength > 0;
        clearBar();
        err.println(line);
        if (barShown) {
            print(System.nanoTime());
        }
        err.flush();
    }

    /** Removes the bar, leaving the terminal clean for the summary. */
    public synchronized void finish() {
        clearBar();
        err.flush();
    }

    private void print(long now) {
        double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
        double rate = items / seconds;
        String eta = "";
        if (total > 0 && done > 0 && done < total) {
            eta = "  ETA " + clock(Math.round((total - done) * seconds / done));
        }
        String of = total < 0 ? "?" : String.format(Locale.ROOT, "%,d", total);
        String counts = unit == null
            ? String.format(Locale.ROOT, "%,d/%s %s  %,.0f %s/s", done, of, countLabel, rate, countLabel)
            : String.format(Locale.ROOT, "%,d/%s %s  %,d %s  %,.0f %s/s", done, of, countLabel, items, unit, rate, unit);
        counts += (failed > 0 ? String.format(Locale.ROOT, "  %,d failed", failed) : "") + eta;
        if (interactive) {
            String line = bar() + " " + counts;
            err.print("\r" + line + " ".repeat(Math.max(0, barLength - line.length())));
            barLength = line.length();
        } else {
            err.println("progress: " + counts + "  (" + clock(Math.round(seconds)) + " elapsed)");
        }
        err.flush();
    }

    private String bar() {
        if (total <= 0) {
            return "[" + "?".repeat(BAR_WIDTH) + "]";
        }
        int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
        return String.format(Locale.ROOT, "[%s%s] %3d%%", "#".repeat(filled), "-".repeat(BAR_WIDTH - filled),
            100 * done / total);
    }

    private void clearBar() {
        if (interactive && barLength > 0) {
            err.print("\r" + " ".repeat(barLength) + "\r");
            barLength = 0;
        }
    }

    /** h:mm:ss. */
    static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
