package dev.codedrill.ui.results;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.JudgeResultJson;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.TestResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.ui.Background;
import dev.codedrill.ui.results.ResultsModel.Phase;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The side panel of a run: its state live (queued, compiling, running), then the verdict banner, passed/total and
 * time, and per test the input, expected, actual (with a diff for long values), the learner's own output and the
 * error. References to the learner's file in compiler output and errors are links that move the editor there.
 */
public final class ResultsPanel extends VBox {

    private static final Logger LOG = LoggerFactory.getLogger(ResultsPanel.class);

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
        testsAndDetails.setId("tests-and-details");
        VBox.setVgrow(testsAndDetails, Priority.ALWAYS);
        // a wide, short panel (under the editor) lists the tests beside their details, so the list has the whole
        // height; a tall one (beside the editor, or in its place on a narrow window) lists them above
        widthProperty().addListener((o, a, b) -> orient());
        heightProperty().addListener((o, a, b) -> orient());
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
        boolean working = busy || phase == Phase.PREPARING;
        spinner.setVisible(working);
        spinner.setManaged(working);
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
            case PREPARING -> {
                banner.setText("Preparing the results…");
                banner.getStyleClass().add("pending");
                summary.setText(model.messageProperty().get());
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
        JudgeResultJson.detail(verdict).ifPresent(text -> compileOutput.getChildren().add(linked(
                verdict instanceof Verdict.CompilationError ? "Compiler output" : "What failed", "verdict-detail",
                text)));
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
        // again once laid out: the panel may have just been shown or resized, and the list scrolled before that
        Platform.runLater(() -> {
            if (tests.getItems().contains(first)) {
                tests.scrollTo(first);
            }
        });
    }

    /** Tests beside their details when the panel is wide for its height, above them otherwise. */
    private void orient() {
        Orientation wanted = getWidth() > 1.6 * getHeight() ? Orientation.HORIZONTAL : Orientation.VERTICAL;
        if (getWidth() > 0 && testsAndDetails.getOrientation() != wanted) {
            testsAndDetails.setOrientation(wanted);
            testsAndDetails.setDividerPositions(wanted == Orientation.HORIZONTAL ? 0.45 : 0.35);
        }
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
        if (test.verdict() instanceof Verdict.WrongAnswer wrong && !wrong.feedback().isEmpty()) {
            // the problem's checker says why the answer is wrong: the first thing to read
            details.getChildren().add(section("Why it is wrong", "test-feedback", wrong.feedback()));
        }
        details.getChildren().add(section("Input", "test-input", test.input()));
        if (!custom) {
            details.getChildren().add(section("Expected", "test-expected", test.expected()));
        }
        details.getChildren().add(section(custom ? "Output" : "Actual", "test-actual",
                test.actual() == null ? "(nothing)" : test.actual()));
        if (!custom && test.ran() && !test.verdict().accepted() && ValueDiff.worthShowing(test.expected(), test.actual())) {
            details.getChildren().add(diff(test));
        }
        if (test.stdout() != null && !test.stdout().isEmpty()) {
            details.getChildren().add(section("Your output (prints)", "test-stdout", test.stdout()));
        }
        if (test.error() != null && !test.error().isBlank()) {
            details.getChildren().add(linked("Error", "test-error", test.error()));
        }
    }

    /** A value's section: its start in a text box ({@link ValuePreview}), and a link to all of it when it is long. */
    private VBox section(String name, String id, String value) {
        Label label = new Label(name);
        label.getStyleClass().add("section-title");
        ValuePreview preview = ValuePreview.of(value);
        TextArea text = new TextArea(preview.text());
        text.setId(id);
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("value");
        text.setPrefRowCount((int) Math.max(1, Math.min(12, preview.text().lines().count()
                + preview.text().length() / 80)));
        if (preview.complete()) {
            return new VBox(2, label, text);
        }
        return new VBox(2, new HBox(8, label, showAll(name, id, value)), text);
    }

    private Hyperlink showAll(String name, String id, String value) {
        Hyperlink all = new Hyperlink("Show all");
        all.setId(id + "-show-all");
        all.setOnAction(e -> ValueWindow.show(getScene() == null ? null : getScene().getWindow(), name, id, value));
        return all;
    }

    /**
     * The difference section: its text is worked out on the {@link Background} and put in when ready, if the test
     * is still the one shown.
     */
    private VBox diff(TestResult test) {
        Label label = new Label("Difference");
        label.getStyleClass().add("section-title");
        TextFlow flow = new TextFlow(mono("Comparing…", "diff-note"));
        flow.setId("test-diff");
        flow.getStyleClass().add("value-diff");
        Background.run(() -> ValueDiff.of(test.expected(), test.actual()), runs -> {
            if (tests.getSelectionModel().getSelectedItem() != test) {
                return;
            }
            flow.getChildren().setAll(runs.stream().map(run -> mono(run.text(), switch (run.style()) {
                case SAME -> "diff-same";
                case EXPECTED -> "diff-expected";
                case ACTUAL -> "diff-actual";
                case NOTE -> "diff-note";
            })).toList());
        }, error -> {
            LOG.warn("could not compare the expected and actual values", error);
            flow.getChildren().setAll(mono("The two could not be compared.", "diff-note"));
        });
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

    /**
     * The start of a tool's output ({@link ValuePreview}) with every reference to the learner's file in it as a link
     * to that line, and a link to all of it when it is long.
     */
    private VBox linked(String name, String id, String output) {
        ValuePreview preview = ValuePreview.of(output, ValuePreview.TOOL_LINES, ValuePreview.TOOL_CHARS);
        String text = preview.text();
        TextFlow flow = new TextFlow();
        flow.setId(id);
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
        flow.getChildren().add(mono(text.substring(at), "plain"));
        Label title = new Label(name);
        title.getStyleClass().add("section-title");
        return new VBox(2, preview.complete() ? title : new HBox(8, title, showAll(name, id, output)), flow);
    }

    /**
     * A test's row, as wide as the list: the name gives way (whole in the tooltip); an accepted test shows only its
     * time beside the ✓, a failed one its verdict too.
     */
    private static final class TestCell extends ListCell<TestResult> {
        TestCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TestResult t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            Label mark = new Label(!t.ran() ? "–" : t.verdict().accepted() ? "✓" : "✗");
            mark.getStyleClass().add(!t.ran() ? "text-muted" : t.verdict().accepted() ? "success" : "danger");
            mark.setMinWidth(14);
            mark.setAccessibleText(!t.ran() ? "not run" : t.verdict().accepted() ? "passed" : "failed");
            Label name = new Label((t.sample() ? "Sample · " : "") + t.name());
            // on a narrow list both give way, the name never below half the row
            name.minWidthProperty().bind(widthProperty().multiply(0.45));
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            String full = t.ran() ? t.verdict().label() + " · " + millis(t.timeMs()) : "not run";
            Label verdict = new Label(t.ran() && t.verdict().accepted() ? millis(t.timeMs()) : full);
            verdict.getStyleClass().add("text-muted");
            verdict.setMinWidth(0);
            HBox row = new HBox(6, mark, name, verdict);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            setTooltip(new javafx.scene.control.Tooltip(name.getText() + " — " + full));
            setAccessibleText(name.getText() + ", " + full);
        }
    }

    /** For tests: the node showing a test's field. */
    Node lookupDetail(String id) {
        return details.lookup("#" + id);
    }
}
