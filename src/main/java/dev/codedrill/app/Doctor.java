package dev.codedrill.app;

import dev.codedrill.config.DockerMode;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.EngineUnavailableException;
import dev.codedrill.docker.StartupProgress;
import dev.codedrill.docker.dind.DindStartException;
import dev.codedrill.docker.images.ImageStatus;
import dev.codedrill.failure.RawText;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks what code needs to run — host engine, private daemon's container, inner daemon, each language's image —
 * bringing each up as the app would, and says, one line each, what is fine and what to do about the rest.
 */
public final class Doctor {

    private final AppContext context;

    public Doctor(AppContext context) {
        this.context = context;
    }

    public List<DoctorCheck> run(StartupProgress progress) throws InterruptedException {
        List<DoctorCheck> checks = new ArrayList<>();
        checks.add(DoctorCheck.ok("config", context.configOrigin()));
        DockerMode mode = context.settings().docker().mode();
        String engineSubject = mode == DockerMode.REMOTE ? "remote engine" : "host engine";
        try (DockerEngine host = context.connectHostEngine()) {
            EngineInfo info = host.ping();
            checks.add(DoctorCheck.ok(engineSubject, info.describe()
                    + (context.hostEndpoint().tls() ? ", TLS" : "")));
        } catch (EngineUnavailableException e) {
            checks.add(DoctorCheck.problem(engineSubject, e.getMessage().replace(". " + e.nextStep(), ""), e.nextStep()));
            return checks;
        }
        try (RunningEngine running = new EngineStartup(context).start(progress)) {
            running.dind().ifPresent(daemon -> {
                var dind = daemon.settings();
                checks.add(DoctorCheck.ok("private daemon container", dind.name() + " running (image " + dind.image()
                        + ", launch " + dind.launch().id() + ", volume " + dind.volume() + ")"));
                checks.add(DoctorCheck.ok("private daemon", running.info().describe() + ", mutual TLS"));
            });
            for (ImageStatus image : running.images()) {
                checks.add(image(image));
            }
            checks.addAll(new SandboxCheck(context).run(running, progress));
        } catch (DindStartException e) {
            checks.add(DoctorCheck.problem("private daemon", e.getMessage(), "see the likely cause above"));
        } catch (EngineException e) {
            String explained = PlainWords.report(e, "bringing up the sandbox engine");
            String said = RawText.plainPart(e.getMessage());
            checks.add(DoctorCheck.problem("engine", said.isEmpty() ? explained
                    : said + " (the details are in the log: " + LogFile.path() + ")",
                    "check the Docker engine and the config"));
        }
        return checks;
    }

    public static boolean allOk(List<DoctorCheck> checks) {
        return checks.stream().allMatch(DoctorCheck::ok);
    }

    private static DoctorCheck image(ImageStatus image) {
        String subject = "image " + image.image();
        String users = String.join(", ", image.usedBy());
        return switch (image.source()) {
            case ALREADY_THERE -> DoctorCheck.ok(subject, "present (" + users + ")");
            case STREAMED_FROM_HOST -> DoctorCheck.ok(subject, "copied from the host engine (" + users + ")");
            case PULLED -> DoctorCheck.ok(subject, "pulled (" + users + ")");
            case UNAVAILABLE -> DoctorCheck.problem(subject, "unavailable (" + users + "): " + image.reason(),
                    "load an image bundle that has it (Load an image bundle… in the app's setup panel, or "
                            + "codedrill images load FILE), or " + (image.image().startsWith("codedrill/")
                            ? "build it: sudo packaging/images/build-offline-images.sh"
                            : "pull it: docker pull " + image.image()
                            + " (offline: use packaging/images/offline.json)"));
        };
    }
}
