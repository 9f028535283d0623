package dev.codedrill.ui;

import atlantafx.base.theme.PrimerLight;
import dev.codedrill.app.AppContext;
import dev.codedrill.app.EngineStartup;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.dind.DindHealthMonitor;
import dev.codedrill.docker.images.ImageStatus;
import dev.codedrill.ui.shell.EngineReady;
import dev.codedrill.ui.shell.EngineStatusModel;
import dev.codedrill.ui.shell.MainWindow;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. Started through {@link #launch(AppContext)} so it gets the CLI's settings. */
public final class CodeDrillApp extends Application {

    private static final AtomicReference<AppContext> CONTEXT = new AtomicReference<>();

    private final AtomicReference<RunningEngine> engine = new AtomicReference<>();

    /** Opens the window and blocks until it is closed. */
    public static void launch(AppContext context) {
        CONTEXT.set(context);
        Application.launch(CodeDrillApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppContext context = CONTEXT.get() != null ? CONTEXT.get() : AppContext.load(null);
        EngineStatusModel[] status = new EngineStatusModel[1];
        status[0] = new EngineStatusModel(progress -> {
            EngineStartup startup = new EngineStartup(context);
            RunningEngine running = startup.watch(startup.start(progress), health(status[0]), Duration.ofSeconds(2));
            engine.set(running);
            return ready(running);
        });
        // The window first: browsing and editing work while the engine comes up.
        new MainWindow(status[0]).show(stage);
        status[0].connect();
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
        RunningEngine running = engine.getAndSet(null);
        if (running != null) {
            running.close();
        }
    }
}
