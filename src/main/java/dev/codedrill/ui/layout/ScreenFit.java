package dev.codedrill.ui.layout;

import java.util.List;

/**
 * Puts a window on the screens there are now: a remembered position on a screen that is gone (a projector
 * unplugged, a lab machine's smaller monitor) or a size larger than the screen would leave the window, or its title
 * bar, out of reach.
 */
public final class ScreenFit {

    /** A screen's usable area (without the desktop's panels), in screen coordinates. */
    public record Area(double x, double y, double width, double height) {

        boolean contains(double px, double py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /** Where and how big the window opens. */
    public record Bounds(double x, double y, double width, double height) {
    }

    /** How much of the window's top edge must be on a screen for the remembered place to be kept. */
    private static final double REACHABLE = 80;

    private ScreenFit() {
    }

    /**
     * The window's bounds: the remembered ones when the window's top edge is on one of the screens, shrunk to fit it;
     * otherwise the remembered size (or the default) shrunk to fit the first screen, centred on it.
     */
    public static Bounds fit(WindowLayout layout, List<Area> screens) {
        if (screens.isEmpty()) {
            return new Bounds(layout.hasPosition() ? layout.x() : 0, layout.hasPosition() ? layout.y() : 0,
                    layout.width(), layout.height());
        }
        if (layout.hasPosition()) {
            for (Area screen : screens) {
                if (screen.contains(layout.x() + Math.min(REACHABLE, layout.width() / 2), layout.y() + 1)) {
                    double width = Math.min(layout.width(), screen.width());
                    double height = Math.min(layout.height(), screen.height());
                    double x = Math.max(screen.x(), Math.min(layout.x(), screen.x() + screen.width() - width));
                    double y = Math.max(screen.y(), Math.min(layout.y(), screen.y() + screen.height() - height));
                    return new Bounds(x, y, width, height);
                }
            }
        }
        Area primary = screens.get(0);
        // a window that would fill the screen edge to edge is made a little smaller, so the desktop shows around it
        double width = Math.min(layout.width(), Math.floor(primary.width() * 0.95));
        double height = Math.min(layout.height(), Math.floor(primary.height() * 0.95));
        return new Bounds(primary.x() + (primary.width() - width) / 2, primary.y() + (primary.height() - height) / 2,
                width, height);
    }
}
