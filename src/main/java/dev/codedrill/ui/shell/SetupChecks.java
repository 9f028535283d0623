package dev.codedrill.ui.shell;

import dev.codedrill.app.AppContext;
import dev.codedrill.app.Doctor;
import dev.codedrill.app.DoctorCheck;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.docker.StartupProgress;
import dev.codedrill.docker.images.ImageBundle;
import java.nio.file.Path;
import java.util.List;

/** What the setup panel does: the checks of {@code codedrill doctor}, and {@code codedrill images load}. */
public interface SetupChecks {

    /** Every check, in order, as {@code codedrill doctor} prints them. Blocks; never on the FX thread. */
    List<DoctorCheck> run(StartupProgress progress) throws InterruptedException;

    /** Loads an image bundle (made by {@code codedrill images save}) into the sandbox engine. Blocks. */
    void loadImages(Path bundle, StartupProgress progress) throws Exception;

    static SetupChecks of(AppContext context) {
        return new SetupChecks() {
            @Override
            public List<DoctorCheck> run(StartupProgress progress) throws InterruptedException {
                return new Doctor(context).run(progress);
            }

            @Override
            public void loadImages(Path bundle, StartupProgress progress) throws Exception {
                try (RunningEngine running = context.startSandboxEngine(progress)) {
                    ImageBundle.load(running.engine(), bundle);
                }
            }
        };
    }
}
