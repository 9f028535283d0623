package dev.codedrill.ui;

import atlantafx.base.theme.PrimerLight;
import dev.codedrill.app.AppContext;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.ui.shell.EngineStatusModel;
import dev.codedrill.ui.shell.MainWindow;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. Started through {@link #launch(AppContext)} so it gets the CLI's settings. */
public final class CodeDrillApp extends Application {

    private static final AtomicReference<AppContext> CONTEXT = new AtomicReference<>();

    private DockerEngine engine;

    /** Opens the window and blocks until it is closed. */
    public static void launch(AppContext context) {
        CONTEXT.set(context);
        Application.launch(CodeDrillApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppContext context = CONTEXT.get();
        if (context == null) {
            context = AppContext.load(null);
        }
        engine = context.connectHostEngine();
        EngineStatusModel status = new EngineStatusModel(engine::ping);
        new MainWindow(status).show(stage);
        status.connect();
    }

    @Override
    public void stop() {
        if (engine != null) {
            engine.close();
        }
    }
}
