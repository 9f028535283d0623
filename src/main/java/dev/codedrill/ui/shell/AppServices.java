package dev.codedrill.ui.shell;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.config.Settings;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.ui.layout.WindowLayoutStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the main window works with.
 *
 * @param languageNames  the languages offered, in menu order, id → display name
 * @param configFile     where the settings dialog saves
 * @param historyProblem why the history could not be opened, or null when it is open
 * @param sources        where the problems come from, for importing packs and making problems; null when this
 *                       window's problems are fixed (the File menu's pack and new-problem items are then disabled)
 * @param layout         where the window's size, place, dividers and last problem are remembered; null when they are
 *                       not (the window then opens at the default layout, fitted to the screen, every time)
 * @param setup          the doctor's checks and the image bundle loader behind the setup panel; null when this
 *                       window has none (Help › Check the setup… is then disabled)
 */
public record AppServices(EngineStatusModel engineStatus, PracticeSession practice, ProblemLibrary problems,
                          Map<String, String> languageNames, Settings settings, Path configFile,
                          String historyProblem, ProblemSources sources, WindowLayoutStore layout,
                          SetupChecks setup) {

    /** A window whose problems do not change while it is open. */
    public AppServices(EngineStatusModel engineStatus, PracticeSession practice, ProblemLibrary problems,
                       Map<String, String> languageNames, Settings settings, Path configFile, String historyProblem) {
        this(engineStatus, practice, problems, languageNames, settings, configFile, historyProblem, null, null, null);
    }

    /** A window whose layout is not remembered. */
    public AppServices(EngineStatusModel engineStatus, PracticeSession practice, ProblemLibrary problems,
                       Map<String, String> languageNames, Settings settings, Path configFile, String historyProblem,
                       ProblemSources sources) {
        this(engineStatus, practice, problems, languageNames, settings, configFile, historyProblem, sources, null,
                null);
    }

    /** A window without the setup panel. */
    public AppServices(EngineStatusModel engineStatus, PracticeSession practice, ProblemLibrary problems,
                       Map<String, String> languageNames, Settings settings, Path configFile, String historyProblem,
                       ProblemSources sources, WindowLayoutStore layout) {
        this(engineStatus, practice, problems, languageNames, settings, configFile, historyProblem, sources, layout,
                null);
    }

    public AppServices {
        Objects.requireNonNull(engineStatus, "engineStatus");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(problems, "problems");
        if (languageNames.isEmpty()) {
            throw new IllegalArgumentException("at least one language");
        }
    }
}
