package dev.codedrill.ui;

import dev.codedrill.app.AppContext;
import dev.codedrill.app.EngineStartup;
import dev.codedrill.app.PracticeSession;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.dind.DindHealthMonitor;
import dev.codedrill.docker.images.ImageStatus;
import dev.codedrill.history.HistoryException;
import dev.codedrill.history.HistoryStore;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.harness.HarnessRegistry;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.ui.shell.AppServices;
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
    /** Set to quit right after the window is shown (with {@link #REPORT_STARTUP}, for the benchmark). */
    public static final String EXIT_WHEN_SHOWN = "codedrill.exitWhenShown";
    public static final String SHOWN_MARKER = dev.codedrill.app.WindowBenchmark.MARKER;

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
        String historyProblem = null;
        try {
            history = HistoryStore.open(context.dirs().dataDir());
        } catch (HistoryException e) {
            historyProblem = e.getMessage();
        }
        practice = new PracticeSession(history, context.settings().judge().workers(), context.sessionId());
        ProblemLibrary problems = context.loadProblems();
        Set<String> judged = Set.copyOf(HarnessRegistry.standard().languages());
        Map<String, String> names = new LinkedHashMap<>();
        context.languages().all().stream().filter(l -> judged.contains(l.id())).forEach(l -> names.put(l.id(), l.name()));
        EngineStatusModel[] status = new EngineStatusModel[1];
        status[0] = new EngineStatusModel(progress -> {
            EngineStartup startup = new EngineStartup(context);
            RunningEngine running = startup.watch(startup.start(progress), health(status[0]), Duration.ofSeconds(2));
            engine.set(running);
            List<Language> available = availableLanguages(context, running, judged);
            if (!practice.ready()) {
                practice.attach(running.engine(), available);
            }
            return ready(running);
        });
        Path configFile = context.configOrigin().equals("built-in defaults") ? context.dirs().configFile()
                : Path.of(context.configOrigin());
        MainWindow window = new MainWindow(new AppServices(status[0], practice, problems, names, context.settings(),
                configFile, historyProblem));
        // The window first: browsing and editing work while the engine comes up.
        window.show(stage);
        reportShown();
        status[0].connect();
    }

    private static void reportShown() {
        if (Boolean.getBoolean(REPORT_STARTUP)) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println(SHOWN_MARKER + sinceStart + " ms");
            System.err.flush();
        }
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            Platform.runLater(Platform::exit);
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
        String advice = running.imagesReady() ? "" : "Some images are unavailable: run 'codedrill doctor'.";
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
