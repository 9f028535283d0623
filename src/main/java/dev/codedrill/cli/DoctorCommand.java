package dev.codedrill.cli;

import dev.codedrill.app.AppContext;
import dev.codedrill.app.Doctor;
import dev.codedrill.app.DoctorCheck;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code codedrill doctor}: is everything there for code to run? Exit 0 only when it is. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check (and bring up) the Docker engine, the private daemon and the images; "
                + "say what to do about each problem.")
final class DoctorCommand implements Callable<Integer> {

    @ParentCommand
    CodeDrillCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        AppContext context = parent.context();
        List<DoctorCheck> checks = new Doctor(context).run(Progress.to(spec.commandLine().getErr()));
        checks.forEach(c -> spec.commandLine().getOut().println(c.render()));
        boolean ok = Doctor.allOk(checks);
        spec.commandLine().getOut().println(ok ? "All good: code can run." : "Some checks failed (see above).");
        return ok ? 0 : 1;
    }
}
