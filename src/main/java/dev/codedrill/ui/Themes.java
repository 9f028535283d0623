package dev.codedrill.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.codedrill.config.Settings.UiSettings;
import javafx.application.Application;

/** The app's look: AtlantaFX Primer, light or dark, set as the user-agent stylesheet of every window at once. */
public final class Themes {

    private Themes() {
    }

    /**
     * Applies {@code theme} ({@code light} or {@code dark}, as in {@code ui.theme}) to every open and future
     * window. Call on the FX thread.
     */
    public static void apply(String theme) {
        Application.setUserAgentStylesheet(stylesheet(theme));
    }

    /** The user-agent stylesheet of {@code theme}. */
    public static String stylesheet(String theme) {
        if (UiSettings.LIGHT.equals(theme)) {
            return new PrimerLight().getUserAgentStylesheet();
        }
        if (UiSettings.DARK.equals(theme)) {
            return new PrimerDark().getUserAgentStylesheet();
        }
        throw new IllegalArgumentException("unknown theme '" + theme + "' (expected light or dark)");
    }
}
