package dev.codedrill.ui;

import dev.codedrill.concurrent.DaemonThreads;
import dev.codedrill.app.AppContext;
import dev.codedrill.app.EngineStartup;
import dev.codedrill.app.OnExit;
import dev.codedrill.app.PlainWords;
import dev.codedrill.app.PracticeSession;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.dind.DindHealthMonitor;
import dev.codedrill.docker.images.ImageStatus;
import dev.codedrill.history.HistoryException;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.HarnessRegistry;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.ui.layout.StagePlacement;
import dev.codedrill.ui.layout.WindowLayoutStore;
import dev.codedrill.ui.shell.AppServices;
import dev.codedrill.ui.shell.ProblemSources;
import dev.codedrill.ui.shell.SetupChecks;
import dev.codedrill.ui.shell.EngineReady;
import dev.codedrill.ui.shell.EngineStatusModel;
import dev.codedrill.ui.shell.MainWindow;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.util.concurrent.CompletableFuture;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. Started through {@link #launch(AppContext)} so it gets the CLI's settings. The window
 * opens first; the engine comes up behind it.
 */
public final class CodeDrillApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CodeDrillApp.class);
    /** Set to report when the window was shown (on stderr) — what {@code bench --window} measures. */
    public static final String REPORT_STARTUP = "codedrill.reportStartup";
    /**
     * Set to quit right after the window is shown, without starting the engine: for the benchmark (with
     * {@link #REPORT_STARTUP}) and for the class list of the installers' class-data sharing archive
     * (packaging/dist/jpackage.sh).
     */
    public static final String EXIT_WHEN_SHOWN = "codedrill.exitWhenShown";
    public static final String SHOWN_MARKER = dev.codedrill.app.WindowBenchmark.MARKER;
    public static final String READY_MARKER = dev.codedrill.app.WindowBenchmark.READY_MARKER;
    /** Reported on the way to {@link #READY_MARKER}, to show where the time goes (not read by the benchmark). */
    static final String PROBLEMS_LOADED_MARKER = "codedrill: problems loaded after ";
    static final String HISTORY_OPENED_MARKER = "codedrill: history opened after ";

    private static final AtomicReference<AppContext> CONTEXT = new AtomicReference<>();

    private final AtomicReference<RunningEngine> engine = new AtomicReference<>();
    private PracticeSession practice;
    private HistoryStore history;

    /** Opens the window and blocks until it is closed. */
    public static void launch(AppContext context) {
        CONTEXT.set(context);
        Application.launch(CodeDrillApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppContext context = CONTEXT.get() != null ? CONTEXT.get() : AppContext.load(null);
        // The window first, at once: the problems (tens of MB of tests) and the history load behind it, and the
        // engine starts once the learner can browse them.
        Themes.apply(context.settings().ui().theme());
        stage.setTitle(MainWindow.TITLE);
        WindowLayoutStore layout = WindowLayoutStore.inDataDir(context.dirs().dataDir());
        var remembered = layout.read();
        var bounds = StagePlacement.fitted(remembered);
        stage.setScene(new Scene(loading(), bounds.width(), bounds.height()));
        StagePlacement.place(stage, bounds, remembered.maximized());
        stage.show();
        report(SHOWN_MARKER);
        CompletableFuture<PracticeSession> session = new CompletableFuture<>();
        Set<String> judged = Set.copyOf(HarnessRegistry.standard().languages());
        EngineStatusModel[] status = new EngineStatusModel[1];
        status[0] = new EngineStatusModel(progress -> {
            EngineStartup startup = new EngineStartup(context);
            RunningEngine running = startup.watch(startup.start(progress), health(status[0]), Duration.ofSeconds(2));
            engine.set(running);
            PracticeSession practiceSession = session.get();
            List<Language> available = availableLanguages(context, running, judged);
            if (!practiceSession.ready()) {
                practiceSession.attach(running.engine(), available);
            } else if (!practiceSession.languages().equals(
                    available.stream().map(Language::id).collect(Collectors.toSet()))) {
                // an image loaded since (Help › Check the setup…): its language judges from now on
                practiceSession.reattach(running.engine(), available);
            }
            return ready(running);
        });
        Task<AppServices> load = new Task<>() {
            @Override
            protected AppServices call() {
                CompletableFuture<ProblemLibrary> problems = CompletableFuture.supplyAsync(() -> {
                    ProblemLibrary loaded = context.loadProblemsTestsLater();
                    report(PROBLEMS_LOADED_MARKER);
                    return loaded;
                });
                String historyProblem = null;
                try {
                    history = HistoryStore.open(context.dirs().dataDir());
                    report(HISTORY_OPENED_MARKER);
                } catch (HistoryException e) {
                    historyProblem = PlainWords.report(e, "opening your history");
                }
                var judging = context.settings().judge();
                practice = new PracticeSession(history, judging.workers(), context.sessionId())
                        .withLimits(judging.timeFactor(), Duration.ofSeconds(judging.compileSeconds()))
                        .runningAllTests(judging.allTests())
                        .withRuntime(context.settings().sandbox().runtime())
                        .keepingGeneratedTestsIn(context.generatedTestsDir());
                // Ended by a signal (a logout, kill): the pool's containers go and queued history is written, as when
                // the window closes (stop() closes it first then; closing twice does nothing)
                OnExit.close(practice);
                ProblemLibrary library = problems.join();
                // Only now may the engine's thread fill the warm pool: making a dozen containers at once takes the
                // CPU the problems need to load.
                session.complete(practice);
                Map<String, String> names = new LinkedHashMap<>();
                context.languages().all().stream().filter(l -> judged.contains(l.id()))
                        .forEach(l -> names.put(l.id(), l.name()));
                Path configFile = context.configOrigin().equals("built-in defaults") ? context.dirs().configFile()
                        : Path.of(context.configOrigin());
                return new AppServices(status[0], practice, library, names, context.settings(), configFile,
                        historyProblem, ProblemSources.of(context), layout, SetupChecks.of(context));
            }

            @Override
            protected void succeeded() {
                new MainWindow(getValue()).show(stage);
                report(READY_MARKER);
                if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
                    // measured (bench --window) or making the class list for class-data sharing (packaging): no daemon
                    Platform.runLater(Platform::exit);
                    return;
                }
                // only now does the engine start: connecting takes the CPU the window needs to be made (about a
                // second of the two cores here, for a learner who reads a problem first anyway)
                status[0].connect();
            }

            @Override
            protected void failed() {
                session.completeExceptionally(getException());
                Label why = new Label("CodeDrill could not load. "
                        + PlainWords.report(getException(), "loading the problems and your history"));
                why.setWrapText(true);
                why.setPadding(new javafx.geometry.Insets(24));
                stage.getScene().setRoot(new StackPane(why));
            }
        };
        DaemonThreads.start("codedrill-load", load);
    }

    private static StackPane loading() {
        Label title = new Label(MainWindow.TITLE);
        title.getStyleClass().add("title-1");
        Label what = new Label("Loading the problems and your history…");
        what.getStyleClass().add("text-muted");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        VBox box = new VBox(12, title, spinner, what);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return new StackPane(box);
    }

    private static void report(String marker) {
        if (Boolean.getBoolean(REPORT_STARTUP)) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println(marker + sinceStart + " ms");
            System.err.flush();
        }
    }

    private static List<Language> availableLanguages(AppContext context, RunningEngine running, Set<String> judged) {
        Set<String> ready = running.images().stream().filter(ImageStatus::available)
                .flatMap(i -> i.usedBy().stream()).collect(Collectors.toSet());
        return context.languages().all().stream().filter(l -> ready.contains(l.id()) && judged.contains(l.id()))
                .toList();
    }

    private static EngineReady ready(RunningEngine running) {
        long languages = running.images().stream().filter(ImageStatus::available)
                .mapToLong(i -> i.usedBy().size()).sum();
        long total = running.images().stream().mapToLong(i -> i.usedBy().size()).sum();
        String where = running.dind().isPresent() ? "private daemon " : "";
        String summary = where + "Docker " + running.info().version() + " ready · " + languages + "/" + total
                + " languages";
        String advice = running.images().stream().filter(i -> !i.available()).findFirst()
                .map(i -> String.join(", ", i.usedBy()) + " unavailable: " + i.reason()
                        + (running.images().stream().filter(j -> !j.available()).count() > 1
                        ? " (more: run 'codedrill doctor')" : ""))
                .orElse("");
        return new EngineReady(summary, advice);
    }

    private static DindHealthMonitor.Listener health(EngineStatusModel status) {
        return new DindHealthMonitor.Listener() {
            @Override
            public void down(String reason) {
                status.daemonDown(reason);
            }

            @Override
            public void back(EngineInfo info) {
                status.daemonBack("private daemon Docker " + info.version() + " ready");
            }

            @Override
            public void recoveryFailed(String reason) {
                status.recoveryFailed(reason);
            }
        };
    }

    @Override
    public void stop() {
        if (practice != null) {
            practice.close();
        }
        RunningEngine running = engine.getAndSet(null);
        if (running != null) {
            running.close();
        }
        if (history != null) {
            history.close();
        }
        LOG.debug("stopped");
    }
}
