package dev.codedrill.ui.shell;

import dev.codedrill.app.PlainWords;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.PracticeStreak;
import dev.codedrill.history.Progress;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.ui.Background;
import dev.codedrill.ui.browser.ProblemBrowser;
import dev.codedrill.ui.browser.ProblemBrowserModel;
import dev.codedrill.ui.browser.ProblemRow;
import dev.codedrill.ui.browser.SolvedCounts;
import dev.codedrill.ui.layout.ResultsPlacement;
import dev.codedrill.ui.layout.ScreenFit;
import dev.codedrill.ui.layout.StagePlacement;
import dev.codedrill.ui.layout.WindowLayout;
import dev.codedrill.ui.results.ResultsModel;
import dev.codedrill.ui.workspace.Workspace;
import dev.codedrill.ui.workspace.WorkspaceModel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menus (every action, with its shortcut), the problem browser, the open problem's workspace and
 * the status bar. Shortcuts that an editor would otherwise take (Ctrl+Enter) are caught before the editor sees them.
 */
public final class MainWindow {

    public static final String TITLE = "CodeDrill";

    private final AppServices services;
    private final ProblemBrowserModel browserModel;
    private final ResultsModel results = new ResultsModel();
    private final WorkspaceModel workspaceModel;
    private final Workspace workspace;
    private final ProblemBrowser browser;
    private final StackPane center = new StackPane();
    private final Label progress = new Label();
    private final BorderPane root = new BorderPane();
    private final CheckMenuItem presentation = new CheckMenuItem("_Presentation mode");
    private final CheckMenuItem dark = new CheckMenuItem("_Dark theme");
    private Stage stage;
    private PracticeStreak streak;
    private String progressNote = "";
    private dev.codedrill.config.Settings settings;
    private int fontSizeBeforePresentation = 14;
    /** The problems listed now: a pack imported or removed, or a problem made, replaces it. */
    private ProblemLibrary library;
    private final ProblemActions problemActions;
    private final SplitPane split = new SplitPane();
    private final ToggleGroup resultsPlacement = new ToggleGroup();
    /** The layout as the window opened with it, and its bounds while neither maximized nor minimized. */
    private WindowLayout layout = WindowLayout.defaults();
    private ScreenFit.Bounds normalBounds;
    private SetupPanel setupPanel;

    public MainWindow(AppServices services) {
        this.services = services;
        this.settings = services.settings();
        HistoryStore history = services.practice().history().orElse(null);
        library = services.problems();
        browserModel = new ProblemBrowserModel(library);
        workspaceModel = new WorkspaceModel(services.practice(), List.copyOf(services.languageNames().keySet()), results,
                this::judged);
        workspace = new Workspace(workspaceModel, results, history, services.languageNames());
        browser = new ProblemBrowser(browserModel, this::open);
        problemActions = services.sources() == null ? null : new ProblemActions(services.sources(), () -> stage,
                () -> root.getScene().getStylesheets(), this::list, this::open);
        refreshProgress();
        workspace.onNoteSaved(browserModel::setNote);
        if (history != null) {
            Background.run(() -> history.notes().all(), browserModel::setNotes,
                    error -> progressNote = " · notes unavailable");
        }
    }

    /** Lists another library: after File › Import pack…, Remove pack… or New problem…. */
    private void list(ProblemLibrary newLibrary) {
        library = newLibrary;
        browserModel.setLibrary(newLibrary);
        showProgress();
    }

    /**
     * Code › Stress test… for the open problem and the editor's code, or nothing (with a word why) when no problem is
     * open or the sandbox is not ready.
     */
    Optional<StressTestDialog> stressTest() {
        Problem problem = workspaceModel.problemProperty().get();
        if (problem == null) {
            alert("No problem is open", "Open a problem and write your code, then stress test it.");
            return Optional.empty();
        }
        if (!services.practice().ready()) {
            alert("The sandbox is not ready", "Stress tests run in the sandbox: wait for Docker (see the status bar).");
            return Optional.empty();
        }
        return Optional.of(new StressTestDialog(stage, root.getScene().getStylesheets(), services.practice(), problem,
                workspaceModel.languageProperty().get(), workspaceModel.code()));
    }

    /** The File menu's pack and new-problem actions; null when this window's problems are fixed. */
    ProblemActions problemActions() {
        return problemActions;
    }

    public void show(Stage window) {
        this.stage = window;
        dev.codedrill.ui.Themes.apply(settings.ui().theme());
        center.getChildren().setAll(welcome());
        split.getItems().setAll(browser, center);
        SplitPane.setResizableWithParent(browser, false);
        if (services.layout() != null) {
            layout = services.layout().read();
        }
        root.setTop(menuBar());
        root.setCenter(split);
        root.setBottom(StatusBar.build(services.engineStatus(), services.practice(), progress));
        root.getStyleClass().add("codedrill");
        ScreenFit.Bounds bounds = StagePlacement.fitted(layout);
        Scene scene = new Scene(root, bounds.width(), bounds.height());
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/codedrill/ui/app.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::runShortcuts);
        workspace.editor().fontSizeProperty().set(settings.ui().fontSize());
        if (settings.ui().presentation()) {
            setPresentation(true);
        }
        window.setTitle(TITLE);
        window.setScene(scene);
        window.setOnCloseRequest(e -> closing());
        applyLayout(window, bounds);
        window.show();
        if (layout.lastProblem() != null) {
            library.find(layout.lastProblem()).ifPresent(p -> open(p.id()));
        }
        if (services.historyProblem() != null) {
            progress.setText("History unavailable");
            Platform.runLater(() -> alert("The history could not be opened", services.historyProblem()
                    + "\n\nYou can practise; submissions and drafts are not saved in this session."));
        }
        services.practice().history().filter(h -> h.interruptedOnOpen() > 0).ifPresent(h -> {
            progressNote = " · " + h.interruptedOnOpen() + " run(s) interrupted last time";
            showProgress();
        });
        // the first run, or Docker gone: the setup panel takes the welcome's place and says what to do
        services.engineStatus().stateProperty().addListener((o, a, now) -> offerSetup());
        services.engineStatus().adviceProperty().addListener((o, a, now) -> offerSetup());
        offerSetup();
        services.practice().history().flatMap(HistoryStore::recovery).ifPresent(r ->
                Platform.runLater(() -> alert("The history was reset", r.message())));
    }

    /** Shows the setup panel instead of the welcome when the engine is unavailable or lacks an image. */
    private void offerSetup() {
        if (engineLacking() && services.setup() != null && center.getChildren().size() == 1
                && "welcome".equals(center.getChildren().get(0).getId())) {
            showSetup();
        }
    }

    /** The engine is unavailable, or ready without some language's image (its advice says which). */
    private boolean engineLacking() {
        EngineState state = services.engineStatus().stateProperty().get();
        return state == EngineState.UNAVAILABLE
                || state == EngineState.READY && !services.engineStatus().adviceProperty().get().isEmpty();
    }

    /** Help › Check the setup…: the setup panel in the centre, its checks running. */
    public Optional<SetupPanel> showSetup() {
        if (services.setup() == null) {
            return Optional.empty();
        }
        if (setupPanel == null) {
            setupPanel = new SetupPanel(services.setup(), () -> {
                if (engineLacking() || services.engineStatus().stateProperty().get() != EngineState.READY) {
                    services.engineStatus().connect();
                }
            });
        }
        center.getChildren().setAll(setupPanel);
        setupPanel.check();
        return Optional.of(setupPanel);
    }

    /** Opens a problem by id (the browser does it on a click). */
    public void open(String problemId) {
        library.find(problemId).ifPresent(this::openProblem);
        browser.select(problemId);
    }

    public WorkspaceModel workspaceModel() {
        return workspaceModel;
    }

    public Workspace workspace() {
        return workspace;
    }

    public ResultsModel results() {
        return results;
    }

    private void open(ProblemRow row) {
        if (row.isBroken()) {
            Label what = new Label("This problem could not be loaded:\n\n" + row.broken().describe()
                    + "\n\nFix the file and restart CodeDrill; the other problems work.");
            what.setId("broken-problem");
            what.setWrapText(true);
            what.setPadding(new Insets(24));
            center.getChildren().setAll(what);
            return;
        }
        openProblem(row.problem());
    }

    private void openProblem(Problem problem) {
        if (problem.equals(workspaceModel.problemProperty().get()) && center.getChildren().contains(workspace)) {
            return;
        }
        workspaceModel.open(problem);
        center.getChildren().setAll(workspace);
    }

    private void judged() {
        refreshProgress();
        workspace.history().reload();
    }

    /** Reads the learner's standing off the FX thread, then shows it in the problem list and the status bar. */
    private void refreshProgress() {
        services.practice().history().ifPresent(h -> Background.run(
                () -> new Standing(h.progress(), h.streak(Clock.systemDefaultZone())),
                standing -> {
                    browserModel.setProgress(standing.progress());
                    streak = standing.streak();
                    showProgress();
                },
                error -> progress.setText("Progress unavailable: "
                        + PlainWords.report(error, "reading your progress") + progressNote)));
    }

    /** The status bar's count is the problem list's: solved problems among those loaded now. */
    private void showProgress() {
        SolvedCounts counts = browserModel.solvedProperty().get();
        progress.setText((streak == null ? "" : "Solved " + counts.solved() + "/" + counts.total() + " · streak "
                + streak.current() + (streak.current() == 1 ? " day" : " days")) + progressNote);
    }

    private record Standing(Progress progress, PracticeStreak streak) {
    }

    private VBox welcome() {
        Label title = new Label("CodeDrill");
        title.getStyleClass().add("title-1");
        Label subtitle = new Label("Practise programming problems offline. Your code runs in a private sandbox.");
        subtitle.getStyleClass().add("text-muted");
        Label hint = new Label("Pick a problem on the left (Ctrl+P to search). Run the samples with Ctrl+Enter, "
                + "submit with Ctrl+Shift+Enter.");
        hint.setWrapText(true);
        VBox box = new VBox(10, title, subtitle, hint);
        box.setId("welcome");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        return box;
    }

    private MenuBar menuBar() {
        MenuItem newProblem = item("_New problem…", "Shortcut+N", e -> problemActions.askForNewProblem());
        MenuItem importPack = item("_Import pack…", "Shortcut+I", e -> problemActions.chooseAndImport());
        MenuItem removePack = item("Re_move pack…", null, e -> problemActions.chooseAndRemove());
        for (MenuItem changesProblems : List.of(newProblem, importPack, removePack)) {
            changesProblems.setDisable(problemActions == null);
        }
        Menu file = new Menu("_File", null,
                newProblem, importPack, removePack,
                new SeparatorMenuItem(),
                item("_Settings…", "Shortcut+Comma", e -> openSettings()),
                item("_Reconnect to Docker", "Shortcut+Shift+R", e -> services.engineStatus().connect()),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", e -> {
                    closing();
                    Platform.exit();
                }));
        Menu edit = new Menu("_Edit", null,
                item("_Find…", "Shortcut+F", e -> workspace.editor().showFind()),
                item("_Reset to starter code…", "Shortcut+Alt+R", e -> workspace.confirmReset()));
        presentation.setAccelerator(KeyCombination.keyCombination("F11"));
        presentation.setOnAction(e -> setPresentation(presentation.isSelected()));
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected("dark".equals(services.settings().ui().theme()));
        dark.setOnAction(e -> setDark(dark.isSelected()));
        Menu view = new Menu("_View", null,
                item("Search _problems", "Shortcut+P", e -> browser.focusSearch()),
                item("_Description", "Shortcut+1", e -> workspace.showDescription()),
                item("_Submissions", "Shortcut+2", e -> workspace.showSubmissions()),
                item("_Custom input", "Shortcut+3", e -> workspace.showCustomInput()),
                item("_Notes", "Shortcut+4", e -> workspace.showNotes()),
                item("Pro_gress…", "Shortcut+Shift+G", e -> services.practice().history().ifPresentOrElse(
                        h -> ProgressDialog.show(stage, ProgressModel.of(h, library,
                                Clock.systemDefaultZone()), this::open),
                        () -> alert("No history", "The history is not available in this session."))),
                new SeparatorMenuItem(),
                item("Zoom _in", "Shortcut+Equals", e -> workspace.editor().zoomIn()),
                item("Zoom _out", "Shortcut+Minus", e -> workspace.editor().zoomOut()),
                item("_Reset zoom", "Shortcut+0", e -> workspace.editor().resetZoom()),
                new SeparatorMenuItem(),
                placement("Results _below the editor", ResultsPlacement.BELOW),
                placement("Results be_side the editor", ResultsPlacement.BESIDE),
                placement("Results in place of the _editor", ResultsPlacement.INSTEAD),
                new SeparatorMenuItem(), dark, presentation);
        Menu code = new Menu("_Code", null,
                item("_Run samples", "Shortcut+Enter", e -> workspaceModel.run()),
                item("_Submit", "Shortcut+Shift+Enter", e -> workspaceModel.submit()),
                item("Run with custom _input", "Shortcut+Alt+Enter", e -> workspace.runCustom()),
                item("_Cancel run", "Shortcut+Period", e -> workspaceModel.cancel()),
                item("Stress _test…", "Shortcut+Shift+T", e -> stressTest().ifPresent(StressTestDialog::show)),
                item("Start or pause the ti_mer", "Shortcut+T", e -> workspace.toggleTimer()),
                new SeparatorMenuItem(),
                item("_Language…", "Shortcut+L", e -> workspace.focusLanguage()),
                item("_Editor", "Shortcut+E", e -> workspace.focusEditor()));
        MenuItem setup = item("Check the _setup…", null, e -> showSetup());
        setup.setDisable(services.setup() == null);
        Menu help = new Menu("_Help", null,
                item("_Keyboard shortcuts", "F1", e -> alert("Keyboard shortcuts", shortcuts())),
                setup,
                item("_About CodeDrill", null, e -> alert("About CodeDrill", "CodeDrill "
                        + dev.codedrill.app.Version.current() + "\nOffline practice; code runs in a private Docker sandbox.")));
        MenuBar bar = new MenuBar(file, edit, view, code, help);
        bar.setId("menu-bar");
        return bar;
    }

    private RadioMenuItem placement(String text, ResultsPlacement where) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("results-" + where.name().toLowerCase(java.util.Locale.ROOT));
        item.setUserData(where);
        item.setToggleGroup(resultsPlacement);
        item.setOnAction(e -> workspace.setResultsPlacement(where));
        return item;
    }

    /** Where the results sit: View › Results below / beside / in place of the editor. */
    public void setResultsPlacement(ResultsPlacement where) {
        workspace.setResultsPlacement(where);
        resultsPlacement.getToggles().stream().filter(t -> t.getUserData() == where).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    /** Puts the window, its dividers and the results where they were when it last closed. */
    private void applyLayout(Stage window, ScreenFit.Bounds bounds) {
        StagePlacement.place(window, bounds, layout.maximized());
        normalBounds = bounds;
        Scene scene = window.getScene();
        for (var property : List.of(window.xProperty(), window.yProperty(), scene.widthProperty(),
                scene.heightProperty())) {
            property.addListener((o, a, b) -> {
                if (!window.isMaximized() && !window.isIconified() && !window.isFullScreen()) {
                    normalBounds = new ScreenFit.Bounds(window.getX(), window.getY(), scene.getWidth(),
                            scene.getHeight());
                }
            });
        }
        split.setDividerPositions(layout.browserDivider());
        workspace.setDividers(layout.statementDivider(), layout.resultsDivider());
        setResultsPlacement(layout.results());
    }

    /**
     * The layout now: the window's place and its scene's size (as they were before it was maximized), the dividers,
     * where the results sit, the problem open.
     */
    WindowLayout currentLayout() {
        double[] dividers = workspace.dividers();
        Problem open = workspaceModel.problemProperty().get();
        ScreenFit.Bounds b = normalBounds;
        return layout.withBounds(b.x(), b.y(), b.width(), b.height()).withMaximized(stage.isMaximized())
                .withDividers(split.getDividerPositions()[0], dividers[0], dividers[1])
                .withResults(workspace.resultsPlacement())
                .withLastProblem(open == null ? layout.lastProblem() : open.id());
    }

    /** The window closes (its close box or File › Quit): the note being typed, the layout, then the drafts. */
    private void closing() {
        workspace.saveNotes();
        saveLayout();
        workspaceModel.close();
    }

    /** Remembers the layout for the next launch (nothing when this window's layout is not remembered). */
    void saveLayout() {
        if (services.layout() != null && stage != null) {
            layout = currentLayout();
            services.layout().write(layout);
        }
    }

    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }

    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination CUSTOM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.ALT_DOWN);

    /** The editor would take Ctrl+Enter as a new line: run it here first. */
    private void runShortcuts(KeyEvent e) {
        Consumer<Runnable> take = action -> {
            e.consume();
            action.run();
        };
        if (SUBMIT.match(e)) {
            take.accept(workspaceModel::submit);
        } else if (CUSTOM.match(e)) {
            take.accept(workspace::runCustom);
        } else if (RUN.match(e)) {
            take.accept(workspaceModel::run);
        }
    }

    void setPresentation(boolean on) {
        presentation.setSelected(on);
        if (on) {
            root.getStyleClass().add("presentation");
            fontSizeBeforePresentation = workspace.editor().fontSizeProperty().get();
            workspace.editor().fontSizeProperty().set(Math.max(24, fontSizeBeforePresentation));
        } else {
            root.getStyleClass().remove("presentation");
            workspace.editor().fontSizeProperty().set(fontSizeBeforePresentation);
        }
    }

    void setDark(boolean on) {
        dev.codedrill.ui.Themes.apply(on ? "dark" : "light");
    }

    private void openSettings() {
        SettingsLauncher.open(stage, services.settings(), settings, services.configFile(), applied -> {
            settings = applied;
            dark.setSelected("dark".equals(applied.ui().theme()));
            setDark(dark.isSelected());
            workspace.editor().fontSizeProperty().set(applied.ui().fontSize());
            if (applied.ui().presentation() != presentation.isSelected()) {
                setPresentation(applied.ui().presentation());
            }
        });
    }

    private void alert(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.getDialogPane().getStylesheets().addAll(root.getScene().getStylesheets());
        alert.show();
    }

    static String shortcuts() {
        return String.join("\n",
                "Ctrl+Enter            Run the samples",
                "Ctrl+Shift+Enter      Submit against every test",
                "Ctrl+Alt+Enter        Run with your custom input",
                "Ctrl+.                Cancel the run",
                "Ctrl+P                Search problems (Enter opens)",
                "Ctrl+L                Choose the language",
                "Ctrl+E                Back to the editor (and from results shown in its place)",
                "Ctrl+Tab / Ctrl+Shift+Tab  Leave the editor, where Tab indents",
                "Ctrl+F                Find in the code",
                "Ctrl+= / Ctrl+- / Ctrl+0   Zoom the editor",
                "Ctrl+1 / Ctrl+2 / Ctrl+3   Description / Submissions / Custom input",
                "Ctrl+4                Your notes on the problem (the search finds them)",
                "Ctrl+Shift+G          Progress: solved per difficulty, streak",
                "Ctrl+Shift+D          Dark theme",
                "F11                   Presentation mode (large fonts)",
                "Ctrl+Shift+T          Stress test against a brute force",
                "Ctrl+T                Start or pause the problem's timer",
                "Ctrl+N                New problem (in your own folder)",
                "Ctrl+I                Import a problem pack",
                "Ctrl+,                Settings",
                "Ctrl+Z / Ctrl+Y       Undo / redo");
    }
}
