package dev.codedrill.ui.workspace;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import dev.codedrill.ui.Background;
import dev.codedrill.app.PlainWords;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.SubmissionRecord;
import dev.codedrill.history.SubmissionSummary;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeResultJson;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.Verdict;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.ui.browser.ProblemBrowserModel;
import dev.codedrill.ui.editor.CodeEditor;
import dev.codedrill.ui.history.HistoryModel;
import dev.codedrill.ui.history.HistoryPanel;
import dev.codedrill.ui.layout.ResultsPlacement;
import dev.codedrill.ui.results.ResultsModel;
import dev.codedrill.ui.results.ResultsPanel;
import dev.codedrill.ui.statement.MarkdownView;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One problem open: its statement and past submissions on the left; the editor with the language switcher, Run and
 * Submit on the right, the results and a custom input under it.
 */
public final class Workspace extends SplitPane {

    private final WorkspaceModel model;
    private final CodeEditor editor = new CodeEditor();
    private final MarkdownView statement = new MarkdownView();
    private final Label title = new Label();
    private final Label facts = new Label();
    private final HistoryPanel history;
    private final TabPane left;
    private final Tab submissionsTab;
    private final Tab notesTab;
    private final NotesEditor notes;
    private final TabPane bottom;
    private final Tab resultsTab;
    private final Tab customTab;
    private final TextArea customInput = new TextArea();
    private final ComboBox<String> languages;
    private final ResultsModel results;
    private final HistoryStore store;
    private final ProblemTimers timers = new ProblemTimers(java.time.Clock.systemUTC());
    private final Label timerLabel = new Label();
    private final Button timerButton = new Button("Start timer");
    private final Label solveTime = new Label();
    private final SplitPane editorAndResults = new SplitPane();
    private final Button resultsToggle = new Button("Results");
    private ResultsPlacement placement = ResultsPlacement.BELOW;
    private boolean showingResultsInstead;
    private double resultsDivider = 0.5;

    public Workspace(WorkspaceModel model, ResultsModel results, HistoryStore store, Map<String, String> languageNames) {
        this.model = model;
        this.results = results;
        this.store = store;
        setId("workspace");

        title.setId("problem-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        facts.setId("problem-facts");
        facts.getStyleClass().add("text-muted");
        facts.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // the statement below gives way, never the wrapped facts
        facts.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(2, title, facts);
        header.setPadding(new Insets(8, 12, 0, 12));
        statement.setId("statement");
        VBox.setVgrow(statement, Priority.ALWAYS);
        VBox description = new VBox(4, header, statement);
        history = new HistoryPanel(HistoryModel.of(store), model::openPast, summary -> showPast(store, summary));
        Tab descriptionTab = new Tab("Description", description);
        descriptionTab.setId("tab-description");
        solveTime.setId("solve-time");
        solveTime.getStyleClass().add("text-muted");
        solveTime.setWrapText(true);
        solveTime.setPadding(new Insets(6, 8, 0, 8));
        solveTime.managedProperty().bind(solveTime.textProperty().isNotEmpty());
        VBox.setVgrow(history, Priority.ALWAYS);
        submissionsTab = new Tab("Submissions", new VBox(solveTime, history));
        submissionsTab.setId("tab-submissions");
        notes = new NotesEditor(store);
        notesTab = new Tab("Notes", notes);
        notesTab.setId("tab-notes");
        left = new TabPane(descriptionTab, submissionsTab, notesTab);
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        submissionsTab.setOnSelectionChanged(e -> {
            if (submissionsTab.isSelected()) {
                history.reload();
            }
        });

        languages = new ComboBox<>();
        languages.setId("language");
        languages.getItems().setAll(model.languageIds());
        languages.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : languageNames.getOrDefault(id, id);
            }

            @Override
            public String fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        languages.setValue(model.languageProperty().get());
        languages.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.switchLanguage(b);
            }
        });
        model.languageProperty().addListener((o, a, b) -> {
            languages.setValue(b);
            editor.setLanguage(b);
            showFacts(model.problemProperty().get());
        });
        languages.setTooltip(new Tooltip("Language (Ctrl+L)"));
        Button reset = new Button("Reset");
        reset.setId("reset-code");
        reset.setTooltip(new Tooltip("Reset to the starter code"));
        reset.setOnAction(e -> confirmReset());
        Label notice = new Label();
        notice.setId("workspace-notice");
        notice.getStyleClass().add("text-muted");
        notice.textProperty().bind(model.noticeProperty());
        notice.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button run = new Button("Run");
        run.setId("run-button");
        run.setTooltip(new Tooltip("Run the sample tests (Ctrl+Enter)"));
        run.setOnAction(e -> model.run());
        Button submit = new Button("Submit");
        submit.setId("submit-button");
        submit.getStyleClass().add("accent");
        submit.setTooltip(new Tooltip("Submit against every test (Ctrl+Shift+Enter)"));
        submit.setOnAction(e -> model.submit());
        var busy = Bindings.createBooleanBinding(results::busy, results.phaseProperty());
        run.disableProperty().bind(busy);
        submit.disableProperty().bind(busy);
        for (Region fixed : new Region[] {languages, reset, run, submit}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // the notice gives way, never the buttons
        }
        HBox.setHgrow(notice, Priority.SOMETIMES);
        timerLabel.setId("problem-timer");
        timerLabel.getStyleClass().add("mono");
        timerLabel.setMinWidth(Region.USE_PREF_SIZE);
        timerButton.setId("timer-toggle");
        timerButton.setMinWidth(Region.USE_PREF_SIZE);
        timerButton.setTooltip(new Tooltip("Time yourself as in an interview: start, pause; it stops at your first "
                + "Accepted submission, and the Submissions tab keeps that time"));
        timerButton.setOnAction(e -> toggleTimer());
        Timeline tick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> showTimer()));
        tick.setCycleCount(Animation.INDEFINITE);
        tick.play();
        showTimer();
        model.onSubmitAccepted(this::accepted);
        HBox toolbar = new HBox(8, languages, reset, notice, spacer, timerLabel, timerButton, run, submit);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(6, 8, 6, 8));

        editor.setId("editor");
        model.setEditor(editor::setText);
        editor.textProperty().addListener((o, a, b) -> model.codeChanged(b));
        editor.setLanguage(model.languageProperty().get());

        ResultsPanel panel = new ResultsPanel(results, model::cancel,
                ref -> editor.moveTo(ref.line(), ref.column()));
        resultsTab = new Tab("Results", panel);
        resultsTab.setId("tab-results");
        customInput.setId("custom-input");
        customInput.getStyleClass().add("mono");
        customInput.setPromptText("Your input");
        Button runCustom = new Button("Run with this input");
        runCustom.setId("run-custom");
        runCustom.disableProperty().bind(busy);
        runCustom.setOnAction(e -> runCustom());
        Label customHint = new Label();
        customHint.getStyleClass().add("text-muted");
        customHint.setWrapText(true);
        customHint.textProperty().bind(Bindings.createStringBinding(() -> {
            Problem p = model.problemProperty().get();
            return p == null ? "" : switch (p.kind()) {
                case STDIO -> "The text your program reads on stdin.";
                case DESIGN -> "A JSON object with \"calls\" (the constructor first) and \"args\" (one list per call); "
                        + "what each call returns is shown, not judged.";
                case FUNCTION -> "A JSON object with a value per parameter; the output is shown, not judged.";
            };
        }, model.problemProperty()));
        VBox custom = new VBox(6, customHint, customInput, runCustom);
        VBox.setVgrow(customInput, Priority.ALWAYS);
        custom.setPadding(new Insets(8));
        customTab = new Tab("Custom input", custom);
        customTab.setId("tab-custom");
        bottom = new TabPane(resultsTab, customTab);
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        results.phaseProperty().addListener((o, a, b) -> {
            if (b != ResultsModel.Phase.IDLE) {
                bottom.getSelectionModel().select(resultsTab);
            }
        });

        resultsToggle.setId("results-toggle");
        resultsToggle.setTooltip(new Tooltip("Show the results in the editor's place, or the code again (Ctrl+E)"));
        resultsToggle.setOnAction(e -> showInsteadOfEditor(!showingResultsInstead));
        resultsToggle.setMinWidth(Region.USE_PREF_SIZE);
        resultsToggle.setVisible(false);
        resultsToggle.managedProperty().bind(resultsToggle.visibleProperty());
        toolbar.getChildren().add(2, resultsToggle);
        editorAndResults.getItems().setAll(editor, bottom);
        editorAndResults.setOrientation(Orientation.VERTICAL);
        editorAndResults.setDividerPositions(0.5);
        editorAndResults.setId("editor-and-results");
        results.phaseProperty().addListener((o, a, b) -> {
            if (b != ResultsModel.Phase.IDLE && placement == ResultsPlacement.INSTEAD) {
                showInsteadOfEditor(true);
            }
        });
        // the toolbar first, so Tab reaches it before the editor, which keeps Tab for indenting
        BorderPane right = new BorderPane();
        right.setTop(toolbar);
        right.setCenter(editorAndResults);
        // Tab indents in the editor; Ctrl+Tab leaves it forward (to the results), Ctrl+Shift+Tab back (to the
        // toolbar), so the keyboard is never trapped there
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && e.isControlDown()) {
                e.consume();
                if (e.isShiftDown()) {
                    languages.requestFocus();
                } else if (resultsShown()) {
                    bottom.requestFocus();
                } else {
                    run.requestFocus();
                }
            }
        });
        getItems().addAll(left, right);
        setDividerPositions(0.42);

        model.problemProperty().addListener((o, a, p) -> showProblem(p));
    }

    public CodeEditor editor() {
        return editor;
    }

    /** Ctrl+E: the editor, focused (in the results' place again when they had taken it). */
    public void focusEditor() {
        if (placement == ResultsPlacement.INSTEAD) {
            showInsteadOfEditor(false);
        }
        editor.requestFocus();
    }

    public ResultsPlacement resultsPlacement() {
        return placement;
    }

    /** Puts the results under the editor, beside it, or in its place; the split between them is kept. */
    public void setResultsPlacement(ResultsPlacement where) {
        if (editorAndResults.getItems().size() == 2) {
            resultsDivider = editorAndResults.getDividerPositions()[0];
        }
        placement = where;
        resultsToggle.setVisible(where == ResultsPlacement.INSTEAD);
        if (where == ResultsPlacement.INSTEAD) {
            showInsteadOfEditor(false);
            return;
        }
        editorAndResults.setOrientation(where == ResultsPlacement.BESIDE ? Orientation.HORIZONTAL
                : Orientation.VERTICAL);
        editorAndResults.getItems().setAll(editor, bottom);
        editorAndResults.setDividerPositions(resultsDivider);
    }

    /** In the INSTEAD placement: the results (true) or the editor (false) fill the space under the toolbar. */
    private void showInsteadOfEditor(boolean showResults) {
        if (placement != ResultsPlacement.INSTEAD) {
            return;
        }
        showingResultsInstead = showResults;
        editorAndResults.getItems().setAll(showResults ? bottom : editor);
        resultsToggle.setText(showResults ? "Code" : "Results");
    }

    /** Whether the results are on screen now (in the INSTEAD placement only after a run, until Ctrl+E). */
    public boolean resultsShown() {
        return editorAndResults.getItems().contains(bottom);
    }

    /** The statement | code divider and the editor | results one, as fractions of their panes. */
    public double[] dividers() {
        if (editorAndResults.getItems().size() == 2) {
            resultsDivider = editorAndResults.getDividerPositions()[0];
        }
        return new double[] {getDividerPositions()[0], resultsDivider};
    }

    public void setDividers(double statement, double editorResults) {
        setDividerPositions(statement);
        resultsDivider = editorResults;
        if (editorAndResults.getItems().size() == 2) {
            editorAndResults.setDividerPositions(editorResults);
        }
    }

    public HistoryPanel history() {
        return history;
    }

    public void showDescription() {
        left.getSelectionModel().select(0);
    }

    public void showSubmissions() {
        left.getSelectionModel().select(submissionsTab);
        history.reload();
    }

    /** Starts or pauses the open problem's timer (the toolbar's button). */
    public void toggleTimer() {
        Problem p = model.problemProperty().get();
        if (p != null) {
            timers.toggle(p.id());
            showTimer();
        }
    }

    private void showTimer() {
        Problem p = model.problemProperty().get();
        boolean none = p == null || !timers.started(p.id());
        timerLabel.setText(none ? "" : ProblemTimers.format(timers.elapsed(p.id())));
        timerButton.setText(p != null && timers.running(p.id()) ? "Pause timer"
                : none ? "Start timer" : "Resume timer");
        timerButton.setDisable(p == null);
    }

    /** A submission was Accepted: the timer stops, and its reading is kept as the time to the first Accepted. */
    private void accepted(String problemId, Long historyId) {
        if (!timers.started(problemId) || store == null) {
            return;
        }
        timers.pause(problemId);
        showTimer();
        long ms = timers.elapsed(problemId).toMillis();
        Background.run(() -> store.solveTimes().recordFirst(problemId, ms, historyId),
                recorded -> showSolveTime(problemId), error -> solveTime.setText(
                        "The time could not be saved: " + PlainWords.report(error, "saving the time to solve")));
    }

    /** "First Accepted after 12:34 on the timer", or nothing: the Submissions tab's line. */
    private void showSolveTime(String problemId) {
        if (store == null) {
            return;
        }
        Background.run(() -> store.solveTimes().find(problemId), found -> {
            Problem open = model.problemProperty().get();
            if (open != null && open.id().equals(problemId)) {
                solveTime.setText(found.map(t -> "First Accepted after " + ProblemTimers.format(
                        java.time.Duration.ofMillis(t.timerMs())) + " on the timer"
                        + (t.submissionId() == null ? "" : " (submission #" + t.submissionId() + ")")).orElse(""));
            }
        }, error -> solveTime.setText(""));
    }

    /** The Notes tab (Ctrl+4), its text focused. */
    public void showNotes() {
        left.getSelectionModel().select(notesTab);
        notes.textArea().requestFocus();
    }

    /** Called with (problem id, text) after a note is saved: the problem list's search follows it. */
    public void onNoteSaved(java.util.function.BiConsumer<String, String> listener) {
        notes.onSaved(listener);
    }

    /** Saves a note being typed now (the window is closing). */
    public void saveNotes() {
        notes.saveNow();
    }

    public void showCustomInput() {
        bottom.getSelectionModel().select(customTab);
        customInput.requestFocus();
    }

    public void focusLanguage() {
        languages.requestFocus();
        languages.show();
    }

    public void runCustom() {
        bottom.getSelectionModel().select(resultsTab);
        model.runCustom(customInput.getText());
    }

    /** Asks, then resets the editor to the starter code. */
    public void confirmReset() {
        if (model.problemProperty().get() == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Your draft in this language will be replaced by the "
                + "starter code. Past submissions stay in the history.", ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText("Reset to the starter code?");
        ask.initOwner(getScene() == null ? null : getScene().getWindow());
        ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.resetToStarter());
    }

    /** Difficulty, tags, kind and the limits, the time limit being the one of the language in the editor. */
    private void showFacts(Problem p) {
        if (p == null) {
            return;
        }
        String language = model.languageProperty().get();
        facts.setText(ProblemBrowserModel.label(p.difficulty()) + " · " + String.join(", ", p.tags()) + " · "
                + (switch (p.kind()) {
                    case STDIO -> "stdin/stdout";
                    case DESIGN -> "class " + p.design().name();
                    case FUNCTION -> p.signature().name() + "(…)";
                }) + " · time "
                + p.timeLimitMs(language == null ? "" : language) + " ms · memory " + p.memoryLimitMb() + " MB");
    }

    private void showProblem(Problem p) {
        if (p == null) {
            return;
        }
        title.setText(p.title());
        showFacts(p);
        statement.setMarkdown(withoutTitle(p.statement(), p.title()));
        customInput.setText(WorkspaceModel.sampleInput(p));
        history.show(p.id());
        notes.show(p.id());
        solveTime.setText("");
        showSolveTime(p.id());
        showTimer();
        showDescription();
    }

    /** The header above already shows the title: a statement's own leading "# Title" would repeat it. */
    static String withoutTitle(String markdown, String title) {
        String trimmed = markdown.stripLeading();
        if (trimmed.startsWith("# ")) {
            int end = trimmed.indexOf('\n');
            String heading = (end < 0 ? trimmed : trimmed.substring(0, end)).substring(2).strip();
            if (heading.equalsIgnoreCase(title.strip())) {
                return end < 0 ? "" : trimmed.substring(end + 1);
            }
        }
        return markdown;
    }

    /** A past submission in the results panel: read from the history and made ready off the FX thread. */
    private void showPast(HistoryStore store, SubmissionSummary s) {
        results.setStdio(model.problemProperty().get() != null
                && model.problemProperty().get().kind() == ProblemKind.STDIO);
        results.showPast(RunMode.valueOf(s.kind().name()), () -> pastResult(store.submissions().find(s.id())
                .orElseThrow(() -> new IllegalStateException("submission " + s.id() + " is not in the history"))),
                "#" + s.id() + " · " + s.languageId() + " · from the history");
        bottom.getSelectionModel().select(resultsTab);
    }

    /** A stored submission as the judge's result: its tests and verdict as recorded, or what became of it. */
    private static JudgeResult pastResult(SubmissionRecord record) {
        var s = record.summary();
        var tests = JudgeResultJson.readTests(record.detailsJson());
        Verdict verdict = JudgeResultJson.readVerdict(record.detailsJson()).orElseGet(() -> switch (s.verdict()) {
            case INTERRUPTED -> new Verdict.InternalError("This run was cut off (the app closed) before its verdict.");
            case CANCELLED -> new Verdict.InternalError("This run was cancelled.");
            case QUEUED, RUNNING -> new Verdict.InternalError("This run is still being judged.");
            default -> JudgeResultJson.verdictOf(s.verdict().name(), "");
        });
        return new JudgeResult(verdict, s.passed() == null ? 0 : s.passed(),
                s.total() == null ? tests.size() : s.total(), s.timeMs() == null ? 0 : s.timeMs(), tests);
    }
}
