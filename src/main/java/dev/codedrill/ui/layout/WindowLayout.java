package dev.codedrill.ui.layout;

import java.util.Objects;

/**
 * All the main window's layout that outlives a launch: where the window is and how big, whether it is maximized,
 * the three dividers (problem list | workspace, statement | code, editor | results), where the results sit, and the
 * problem last open. A divider is a fraction of its split pane (0 to 1); x and y are the window's place in screen
 * coordinates, width and height its content's size (the scene's, without the frame the desktop draws).
 *
 * @param lastProblem the id of the problem open when the window closed, or null
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                           double browserDivider, double statementDivider, double resultsDivider,
                           ResultsPlacement results, String lastProblem) {

    /** The size a window opens at when the screen is big enough and nothing is remembered. */
    public static final double DEFAULT_WIDTH = 1400;
    public static final double DEFAULT_HEIGHT = 860;

    public WindowLayout {
        Objects.requireNonNull(results, "results");
        browserDivider = divider(browserDivider, 0.24);
        statementDivider = divider(statementDivider, 0.42);
        resultsDivider = divider(resultsDivider, 0.5);
    }

    /** Nothing remembered yet: no position (NaN, centred on the screen), the default size and dividers. */
    public static WindowLayout defaults() {
        return new WindowLayout(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false, 0.24, 0.42, 0.5,
                ResultsPlacement.BELOW, null);
    }

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    public WindowLayout withBounds(double newX, double newY, double newWidth, double newHeight) {
        return new WindowLayout(newX, newY, newWidth, newHeight, maximized, browserDivider, statementDivider,
                resultsDivider, results, lastProblem);
    }

    public WindowLayout withMaximized(boolean on) {
        return new WindowLayout(x, y, width, height, on, browserDivider, statementDivider, resultsDivider, results,
                lastProblem);
    }

    public WindowLayout withDividers(double browser, double statement, double resultsSplit) {
        return new WindowLayout(x, y, width, height, maximized, browser, statement, resultsSplit, results,
                lastProblem);
    }

    public WindowLayout withResults(ResultsPlacement placement) {
        return new WindowLayout(x, y, width, height, maximized, browserDivider, statementDivider, resultsDivider,
                placement, lastProblem);
    }

    public WindowLayout withLastProblem(String problemId) {
        return new WindowLayout(x, y, width, height, maximized, browserDivider, statementDivider, resultsDivider,
                results, problemId);
    }

    /** A divider kept away from the edges (a pane dragged shut would be lost to a learner who does not know). */
    private static double divider(double value, double fallback) {
        return Double.isFinite(value) ? Math.max(0.05, Math.min(0.95, value)) : fallback;
    }
}
