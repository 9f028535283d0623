package dev.codedrill.ui.results;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeResultJson;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.TestResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.ui.results.ResultsModel.Phase;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The side panel of a run: its state live (queued, compiling, running), then the verdict banner, passed/total and
 * time, and per test the input, expected, actual (with a diff for long values), the learner's own output and the
 * error. References to the learner's file in compiler output and errors are links that move the editor there.
 */
public final class ResultsPanel extends VBox {

    private final ResultsModel model;
    private final Consumer<SourceReference> goTo;
    private final Label banner = new Label();
    private final Label summary = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Button cancel = new Button("Cancel");
    private final VBox compileOutput = new VBox(4);
    private final ListView<TestResult> tests = new ListView<>();
    private final VBox details = new VBox(8);
    private final SplitPane testsAndDetails;

    public ResultsPanel(ResultsModel model, Runnable onCancel, Consumer<SourceReference> goTo) {
        this.model = model;
        this.goTo = goTo;
        setId("results-panel");
        getStyleClass().add("results-panel");
        setSpacing(6);
        setPadding(new Insets(8));

        banner.setId("verdict-banner");
        banner.getStyleClass().add("verdict-banner");
        summary.setId("verdict-summary");
        summary.setWrapText(true);
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        cancel.setId("cancel-run");
        cancel.setOnAction(e -> onCancel.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, spinner, banner, spacer, cancel);
        head.setAlignment(Pos.CENTER_LEFT);

        compileOutput.setId("compile-output");
        tests.setId("test-list");
        tests.setCellFactory(v -> new TestCell());
        tests.setPrefHeight(140);
        tests.setMinHeight(72);
        tests.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> showTest(t));
        details.setId("test-details");
        details.setPadding(new Insets(4));
        ScrollPane detailScroll = new ScrollPane(details);
        detailScroll.setFitToWidth(true);
        testsAndDetails = new SplitPane(tests, detailScroll);
        testsAndDetails.setOrientation(Orientation.VERTICAL);
        testsAndDetails.setDividerPositions(0.35);
        VBox.setVgrow(testsAndDetails, Priority.ALWAYS);
        getChildren().addAll(head, summary, compileOutput, testsAndDetails);

        model.phaseProperty().addListener((o, a, b) -> refresh());
        model.resultProperty().addListener((o, a, b) -> refresh());
        model.messageProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        Phase phase = model.phaseProperty().get();
        JudgeResult result = model.resultProperty().get();
        boolean busy = model.busy();
        spinner.setVisible(busy);
        spinner.setManaged(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
        banner.getStyleClass().removeAll("accepted", "rejected", "pending", "neutral");
        compileOutput.getChildren().clear();
        switch (phase) {
            case IDLE -> {
                banner.setText("No run yet");
                banner.getStyleClass().add("neutral");
                summary.setText(model.messageProperty().get());
                show(null);
            }
            case QUEUED, COMPILING, RUNNING -> {
                banner.setText(switch (phase) {
                    case QUEUED -> "Queued…";
                    case COMPILING -> "Compiling…";
                    default -> "Running…";
                });
                banner.getStyleClass().add("pending");
                summary.setText(model.messageProperty().get() + "…");
                show(null);
            }
            case CANCELLED, FAILED -> {
                banner.setText(phase == Phase.CANCELLED ? "Cancelled" : "Could not run");
                banner.getStyleClass().add("neutral");
                summary.setText(model.messageProperty().get());
                show(null);
            }
            case JUDGED -> {
                if (result != null) { // null only for the moment a new run replaces a judged one
                    showResult(result);
                }
            }
        }
    }

    private void showResult(JudgeResult result) {
        Verdict verdict = result.verdict();
        boolean custom = model.modeProperty().get() == RunMode.CUSTOM;
        boolean good = verdict.accepted();
        banner.setText(custom && good ? "Finished" : verdict.label());
        banner.getStyleClass().add(good ? "accepted" : "rejected");
        String what = custom ? "your input" : model.modeProperty().get() == RunMode.RUN ? "sample tests" : "tests";
        summary.setText(custom ? "Ran on your input · " + millis(result.timeMs())
                : result.passed() + "/" + result.total() + " " + what + " passed · " + millis(result.timeMs())
                + (model.messageProperty().get().startsWith("#") ? " · " + model.messageProperty().get() : ""));
        JudgeResultJson.detail(verdict).ifPresent(text -> {
            Label title = new Label(verdict instanceof Verdict.CompilationError ? "Compiler output" : "What failed");
            title.getStyleClass().add("section-title");
            compileOutput.getChildren().addAll(title, linked(text));
        });
        show(result);
    }

    private void show(JudgeResult result) {
        boolean any = result != null && !result.tests().isEmpty();
        testsAndDetails.setVisible(any);
        testsAndDetails.setManaged(any);
        if (!any) {
            tests.getItems().clear();
            details.getChildren().clear();
            return;
        }
        tests.getItems().setAll(result.tests());
        TestResult first = result.tests().stream().filter(t -> t.ran() && !t.verdict().accepted()).findFirst()
                .orElse(result.tests().get(0));
        tests.getSelectionModel().select(first);
        tests.scrollTo(first);
    }

    private void showTest(TestResult test) {
        details.getChildren().clear();
        if (test == null) {
            return;
        }
        boolean custom = model.modeProperty().get() == RunMode.CUSTOM;
        Label title = new Label((test.sample() ? "Sample · " : "") + test.name() + " — "
                + (test.ran() ? (custom && test.verdict().accepted() ? "finished" : test.verdict().label()) : "not run")
                + (test.ran() ? " · " + millis(test.timeMs()) : ""));
        title.setId("test-title");
        title.getStyleClass().add("section-title");
        details.getChildren().add(title);
        details.getChildren().add(section("Input", "test-input", test.input()));
        if (!custom) {
            details.getChildren().add(section("Expected", "test-expected", test.expected()));
        }
        details.getChildren().add(section(custom ? "Output" : "Actual", "test-actual",
                test.actual() == null ? "(nothing)" : test.actual()));
        if (!custom && test.ran() && !test.verdict().accepted() && ValueDiff.worthShowing(test.expected(), test.actual())) {
            details.getChildren().add(diff(test.expected(), test.actual()));
        }
        if (test.stdout() != null && !test.stdout().isEmpty()) {
            details.getChildren().add(section("Your output (prints)", "test-stdout", test.stdout()));
        }
        if (test.error() != null && !test.error().isBlank()) {
            Label errorTitle = new Label("Error");
            errorTitle.getStyleClass().add("section-title");
            TextFlow error = linked(test.error());
            error.setId("test-error");
            details.getChildren().addAll(errorTitle, error);
        }
    }

    private static VBox section(String name, String id, String value) {
        Label label = new Label(name);
        label.getStyleClass().add("section-title");
        TextArea text = new TextArea(value == null ? "" : value);
        text.setId(id);
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("value");
        long lines = Math.max(1, Math.min(12, (value == null ? "" : value).lines().count()
                + (value == null ? 0 : value.length() / 80)));
        text.setPrefRowCount((int) lines);
        return new VBox(2, label, text);
    }

    private static VBox diff(String expected, String actual) {
        Label label = new Label("Difference");
        label.getStyleClass().add("section-title");
        TextFlow flow = new TextFlow();
        flow.setId("test-diff");
        flow.getStyleClass().add("value-diff");
        if (expected.contains("\n") || actual.contains("\n")) {
            for (ValueDiff.Line line : ValueDiff.lines(expected, actual)) {
                Text t = new Text(switch (line.kind()) {
                    case SAME -> "  ";
                    case EXPECTED_ONLY -> "- ";
                    case ACTUAL_ONLY -> "+ ";
                } + line.text() + "\n");
                t.getStyleClass().addAll("mono", switch (line.kind()) {
                    case SAME -> "diff-same";
                    case EXPECTED_ONLY -> "diff-expected";
                    case ACTUAL_ONLY -> "diff-actual";
                });
                flow.getChildren().add(t);
            }
        } else {
            int at = ValueDiff.firstDifference(expected, actual);
            flow.getChildren().addAll(mono("expected: " + expected.substring(0, at), "diff-same"),
                    mono(expected.substring(at), "diff-expected"), mono("\nactual:   " + actual.substring(0, at), "diff-same"),
                    mono(actual.substring(at), "diff-actual"),
                    mono("\nfirst difference at character " + (at + 1), "diff-note"));
        }
        return new VBox(2, label, flow);
    }

    static String millis(double ms) {
        return ms < 0.1 ? "< 0.1 ms" : ms < 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : Math.round(ms) + " ms";
    }

    private static Text mono(String text, String style) {
        Text t = new Text(text);
        t.getStyleClass().addAll("mono", style);
        return t;
    }

    /** The text with every reference to the learner's file as a link to that line. */
    private TextFlow linked(String text) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("tool-output");
        int at = 0;
        for (SourceReference ref : SourceReference.findAll(text, model.stdio())) {
            flow.getChildren().add(mono(text.substring(at, ref.start()), "plain"));
            Hyperlink link = new Hyperlink(text.substring(ref.start(), ref.end()));
            link.getStyleClass().add("source-link");
            link.setOnAction(e -> goTo.accept(ref));
            flow.getChildren().add(link);
            at = ref.end();
        }
        String rest = text.substring(at);
        if (rest.length() > 20_000) {
            rest = rest.substring(0, 20_000) + "\n… (cut)";
        }
        flow.getChildren().add(mono(rest, "plain"));
        return flow;
    }

    private static final class TestCell extends ListCell<TestResult> {
        @Override
        protected void updateItem(TestResult t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label mark = new Label(!t.ran() ? "–" : t.verdict().accepted() ? "✓" : "✗");
            mark.getStyleClass().add(!t.ran() ? "text-muted" : t.verdict().accepted() ? "success" : "danger");
            mark.setMinWidth(14);
            Label name = new Label((t.sample() ? "Sample · " : "") + t.name());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label verdict = new Label(t.ran() ? t.verdict().label() + " · " + millis(t.timeMs())
                    : "not run");
            verdict.getStyleClass().add("text-muted");
            HBox row = new HBox(6, mark, name, spacer, verdict);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }

    /** For tests: the node showing a test's field. */
    Node lookupDetail(String id) {
        return details.lookup("#" + id);
    }
}
