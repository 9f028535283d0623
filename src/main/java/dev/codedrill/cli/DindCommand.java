package dev.codedrill.cli;

import dev.codedrill.app.AppContext;
import dev.codedrill.app.EngineStartup;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.dind.DindDaemon;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code codedrill dind stop|status}: the private daemon outlives the app by default; this stops it. */
@Command(name = "dind", mixinStandardHelpOptions = true, description = "Manage the private Docker daemon.",
        subcommands = {DindCommand.Stop.class, DindCommand.Status.class})
final class DindCommand {

    @ParentCommand
    CodeDrillCommand parent;

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop the private daemon's container (its images stay in its volume).")
    static final class Stop implements Callable<Integer> {
        @ParentCommand
        DindCommand dind;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            AppContext context = dind.parent.context();
            try (DockerEngine host = context.connectHostEngine()) {
                DindDaemon daemon = new EngineStartup(context).dindDaemon(host);
                DindDaemon.Stopped stopped = daemon.stop();
                spec.commandLine().getOut().println(switch (stopped) {
                    case STOPPED -> "Stopped the private daemon " + daemon.settings().name()
                            + " (its images stay in volume " + daemon.settings().volume() + ").";
                    case NONE -> "No private daemon " + daemon.settings().name() + " to stop.";
                    case NOT_OURS -> "Not stopping " + daemon.settings().name() + ": another CodeDrill installation "
                            + "(another user, or another data folder) made it.";
                });
                if (stopped == DindDaemon.Stopped.NOT_OURS) {
                    return 1;
                }
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say whether the private daemon runs.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        DindCommand dind;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            AppContext context = dind.parent.context();
            try (DockerEngine host = context.connectHostEngine()) {
                String name = context.settings().docker().dind().name();
                var found = new EngineStartup(context).dindDaemon(host).find();
                spec.commandLine().getOut().println(found
                        .map(c -> name + ": " + (c.running() ? "running" : "stopped") + " (" + c.status() + ")")
                        .orElse(name + ": not created"));
                return found.filter(c -> c.running()).isPresent() ? 0 : 3;
            }
        }
    }
}
