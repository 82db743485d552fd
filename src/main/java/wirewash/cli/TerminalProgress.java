package wirewash.cli;

import java.io.PrintStream;
import wirewash.run.Progress;

/** Draws a one-line progress bar on standard error, redrawn at most every few tenths of a second. */
final class TerminalProgress implements Progress {
    static final int BAR_WIDTH = 30;
    static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** A bar when standard error is a terminal, else nothing. */
    static Progress forTerminal(boolean quiet) {
        return !quiet && System.console() != null ? new TerminalProgress(System.err) : Progress.NONE;
    }

    @Override
    public synchronized void update(int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + " docs");
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void finish() {
        if (drawn) err.println();
    }
}
