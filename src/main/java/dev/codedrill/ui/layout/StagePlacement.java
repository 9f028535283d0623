package dev.codedrill.ui.layout;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts a stage where its layout says, fitted to the screens there are now ({@link ScreenFit}). FX thread. */
public final class StagePlacement {

    private StagePlacement() {
    }

    public static ScreenFit.Bounds fitted(WindowLayout layout) {
        List<ScreenFit.Area> screens = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .map(StagePlacement::area).toList();
        // the primary screen first: a window with no remembered place opens there
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        List<ScreenFit.Area> ordered = new java.util.ArrayList<>(List.of(area(primary)));
        screens.stream().filter(a -> !a.equals(area(primary))).forEach(ordered::add);
        return ScreenFit.fit(layout, ordered);
    }

    /**
     * Moves the stage to its fitted place ({@link #fitted}) and maximizes it when asked. Its size is its scene's, made at
     * the fitted size by the caller: a stage sized to its scene keeps doing so when it is given another scene (the
     * loading screen, then the main window), and the remembered size, being the scene's, does not grow by the
     * window's frame at every launch.
     */
    public static void place(Stage stage, ScreenFit.Bounds fitted, boolean maximized) {
        stage.setX(fitted.x());
        stage.setY(fitted.y());
        stage.setMaximized(maximized);
    }

    private static ScreenFit.Area area(Rectangle2D r) {
        return new ScreenFit.Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
