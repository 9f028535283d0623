package dev.codedrill.ui.workspace;

import dev.codedrill.concurrent.DaemonThreads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.codedrill.app.PlainWords;
import dev.codedrill.app.PracticeSession;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.history.SubmissionRecord;
import dev.codedrill.judge.RunMode;
import dev.codedrill.judge.Submission;
import dev.codedrill.judge.Ticket;
import dev.codedrill.lang.starter.StarterCode;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.TestSuite;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.ui.results.ResultsModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open problem, the language and the code being written: drafts saved as the learner types (debounced) and on
 * every switch, restored when the problem is opened again; Run, Submit and a custom run through the session's
 * queue, with their progress in the results model. FX thread only; history writes happen on a thread of its own.
 */
public final class WorkspaceModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceModel.class);
    static final Duration DRAFT_DEBOUNCE = Duration.millis(600);

    private final PracticeSession session;
    private final List<String> languageIds;
    private final ResultsModel results;
    private final Runnable onJudged;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(DaemonThreads.named("draft-writer"));
    private final PauseTransition draftTimer = new PauseTransition(DRAFT_DEBOUNCE);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private Consumer<String> editor = code -> { };
    private String code = "";
    private boolean dirty;
    private Ticket running;
    private java.util.function.BiConsumer<String, Long> onAccepted = (problemId, historyId) -> { };

    /**
     * @param languageIds the languages offered, the first being the default
     * @param onJudged    called on the FX thread after a run is judged and recorded (to refresh history, progress)
     */
    public WorkspaceModel(PracticeSession session, List<String> languageIds, ResultsModel results, Runnable onJudged) {
        this.session = session;
        this.languageIds = List.copyOf(languageIds);
        this.results = results;
        this.onJudged = onJudged;
        this.language.set(languageIds.get(0));
        draftTimer.setOnFinished(e -> saveDraft());
    }

    /** Where loaded code goes (the editor's setText). */
    public void setEditor(Consumer<String> sink) {
        this.editor = sink;
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty languageProperty() {
        return language.getReadOnlyProperty();
    }

    /** A one-line message about the workspace (a draft restored, the history unavailable…). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public List<String> languageIds() {
        return languageIds;
    }

    public String code() {
        return code;
    }

    public void open(Problem next) {
        saveDraft();
        if (next != problem.get() && !results.busy()) {
            results.clear(); // the last result was another problem's
        }
        problem.set(next);
        String lang = history().flatMap(h -> safely(() -> h.drafts().lastLanguage(next.id()))).filter(languageIds::contains)
                .orElse(language.get());
        language.set(lang);
        load();
    }

    public void switchLanguage(String languageId) {
        if (!languageIds.contains(languageId) || languageId.equals(language.get())) {
            return;
        }
        saveDraft();
        language.set(languageId);
        Problem p = problem.get();
        if (p != null) {
            writeLater(h -> h.drafts().rememberLanguage(p.id(), languageId));
            load();
        }
    }

    /** The editor's text changed: kept, and saved as the draft once typing pauses. */
    public void codeChanged(String text) {
        if (text.equals(code)) {
            return;
        }
        code = text;
        dirty = true;
        draftTimer.playFromStart();
    }

    /** Saves the draft now if it changed (on every switch, and when the app closes). */
    public void saveDraft() {
        draftTimer.stop();
        Problem p = problem.get();
        if (!dirty || p == null) {
            return;
        }
        dirty = false;
        String problemId = p.id();
        String languageId = language.get();
        String text = code;
        writeLater(h -> h.drafts().save(problemId, languageId, text));
    }

    /** Forgets the draft and loads the starter code (the view asks first). */
    public void resetToStarter() {
        Problem p = problem.get();
        if (p == null) {
            return;
        }
        draftTimer.stop();
        dirty = false;
        String languageId = language.get();
        writeLater(h -> h.drafts().discard(p.id(), languageId));
        setCode(StarterCode.forProblem(p, languageId));
        notice.set("Reset to the starter code.");
    }

    /** A past submission's code back into the editor, in its language. */
    public void openPast(SubmissionRecord record) {
        saveDraft();
        if (languageIds.contains(record.summary().languageId())) {
            language.set(record.summary().languageId());
        }
        setCode(record.code());
        dirty = true;
        draftTimer.playFromStart();
        notice.set("Opened submission #" + record.id() + " in the editor.");
    }

    public void run() {
        judge(RunMode.RUN, null);
    }

    public void submit() {
        judge(RunMode.SUBMIT, null);
    }

    /** Runs the code on the learner's input: JSON arguments for function problems, stdin text for stdio ones. */
    public void runCustom(String input) {
        Problem p = problem.get();
        if (p == null) {
            return;
        }
        JsonNode parsed;
        if (p.kind() == ProblemKind.STDIO) {
            parsed = TextNode.valueOf(input);
        } else {
            try {
                parsed = new ObjectMapper().readTree(input);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                results.failed("The custom input is not valid JSON: " + e.getOriginalMessage()
                        + ". Give one value per parameter, e.g. " + example(p) + ".");
                return;
            }
            List<String> keys = p.kind() == ProblemKind.DESIGN ? List.of("calls", "args")
                    : p.signature().params().stream().map(dev.codedrill.problem.Signature.Param::name).toList();
            List<String> missing = keys.stream().filter(n -> parsed == null || !parsed.has(n)).toList();
            if (parsed == null || !parsed.isObject() || !missing.isEmpty()) {
                results.failed("The custom input needs a JSON object with " + String.join(", ", missing.isEmpty()
                        ? List.of("one value per parameter") : missing) + ", e.g. " + example(p) + ".");
                return;
            }
        }
        judge(RunMode.CUSTOM, parsed);
    }

    /** The first sample's input, as the custom input box starts. */
    public static String sampleInput(Problem p) {
        try {
            if (p.tests().isEmpty()) {
                return "";
            }
            JsonNode input = (p.samples().isEmpty() ? p.tests() : p.samples()).get(0).input();
            return input.isTextual() ? input.asText() : input.toPrettyString();
        } catch (TestSuite.UnreadableTests e) {
            return ""; // said when the learner runs: the run's verdict names the fault
        }
    }

    public boolean busy() {
        return results.busy();
    }

    public void cancel() {
        Ticket ticket = running;
        if (ticket != null) {
            ticket.cancel();
        }
    }

    private static String example(Problem p) {
        try {
            return p.tests().isEmpty() ? "{}" : p.tests().get(0).input().toString();
        } catch (TestSuite.UnreadableTests e) {
            return "{}";
        }
    }

    private void judge(RunMode mode, JsonNode customInput) {
        Problem p = problem.get();
        if (p == null || results.busy()) {
            return;
        }
        saveDraft();
        java.util.Optional<String> unavailable = p.unavailable(language.get());
        if (unavailable.isPresent()) {
            results.failed(unavailable.get());
            return;
        }
        int count;
        try {
            count = mode == RunMode.SUBMIT ? p.testSuite().count() : mode == RunMode.RUN
                    ? Math.max(1, p.samples().size()) : 1;
        } catch (TestSuite.UnreadableTests e) {
            results.failed("This problem's tests could not be read (" + e.describe() + "). This is the problem's "
                    + "fault, not your code's; your code is saved as a draft. Pick another problem.");
            return;
        }
        Submission submission = new Submission(p, language.get(), code, mode, customInput);
        if (!session.ready()) {
            results.failed("The sandbox is not ready yet: wait for Docker (see the status bar). "
                    + "Your code is saved as a draft.");
            return;
        }
        results.setStdio(p.kind() == ProblemKind.STDIO);
        results.started(mode, count);
        PracticeSession.Submitted submitted;
        try {
            submitted = session.submit(submission, (ticket, stage) -> Platform.runLater(() -> {
                if (ticket == running) {
                    results.stage(stage);
                }
            }));
        } catch (IllegalStateException notReady) {
            results.failed(notReady.getMessage()); // the session's own words: the sandbox is not ready yet
            return;
        } catch (RuntimeException e) {
            results.failed("The run could not start. " + PlainWords.report(e, "starting the run")
                    + " Your code is saved as a draft.");
            return;
        }
        running = submitted.ticket();
        Ticket mine = running;
        submitted.judged().whenComplete((result, error) -> Platform.runLater(() -> {
            if (mine != running) {
                return;
            }
            running = null;
            if (result != null) {
                results.judged(result);
                if (mode == RunMode.SUBMIT && result.verdict().accepted()) {
                    onAccepted.accept(p.id(), submitted.historyId());
                }
            } else if (!(error instanceof java.util.concurrent.CancellationException
                    || error.getCause() instanceof java.util.concurrent.CancellationException)) {
                results.failed("The run failed. " + PlainWords.report(error, "judging your code"));
            } else {
                results.cancelled();
            }
            onJudged.run();
        }));
    }

    /** Called on the FX thread with (problem id, history id or null) when a submission is Accepted. */
    public void onSubmitAccepted(java.util.function.BiConsumer<String, Long> listener) {
        this.onAccepted = listener;
    }

    private void load() {
        Problem p = problem.get();
        String languageId = language.get();
        var draft = history().flatMap(h -> safely(() -> h.drafts().load(p.id(), languageId)));
        dirty = false;
        draftTimer.stop();
        if (draft.isPresent()) {
            setCode(draft.get().code());
            notice.set("Restored your draft (" + languageId + ").");
        } else {
            setCode(StarterCode.forProblem(p, languageId));
            notice.set("");
        }
    }

    private void setCode(String text) {
        code = text; // first, so the editor's change event finds nothing new to save
        editor.accept(text);
    }

    private java.util.Optional<HistoryStore> history() {
        return session.history();
    }

    private void writeLater(Consumer<HistoryStore> write) {
        history().ifPresent(h -> writer.execute(() -> {
            try {
                write.accept(h);
            } catch (RuntimeException e) {
                String why = PlainWords.report(e, "saving your draft");
                Platform.runLater(() -> notice.set("Could not save the draft. " + why));
            }
        }));
    }

    private static <T> java.util.Optional<T> safely(java.util.function.Supplier<java.util.Optional<T>> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            LOG.warn("could not read the history", e);
            return java.util.Optional.empty();
        }
    }

    /** Saves what is unsaved and waits (briefly) for the writes to finish. */
    @Override
    public void close() {
        saveDraft();
        writer.shutdown();
        try {
            writer.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: waits until the queued history writes are done. */
    void awaitWrites() throws Exception {
        writer.submit(() -> { }).get();
    }
}
