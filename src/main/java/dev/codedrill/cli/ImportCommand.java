package dev.codedrill.cli;

import dev.codedrill.app.AppContext;
import dev.codedrill.pack.ImportedPack;
import dev.codedrill.pack.PackException;
import dev.codedrill.pack.PackStore;
import dev.codedrill.pack.exercism.ExercismImport;
import dev.codedrill.pack.kattis.KattisImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code codedrill import kattis|exercism}: problems of open formats, each imported as a pack of its own. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a problem of an open format as a pack of its own (pack remove undoes it).",
        subcommands = {ImportCommand.Kattis.class, ImportCommand.Exercism.class})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    CodeDrillCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Prints what was imported, what check still asks, and what could not be mapped. */
    static int imported(CommandSpec spec, ImportedPack done) {
        PrintWriter out = spec.commandLine().getOut();
        PackStore.InstalledPack pack = done.imported().pack();
        out.println("Imported " + String.join(", ", pack.problemIds()) + " as the pack " + pack.manifest().describe()
                + done.imported().replacedVersion().map(v -> " (it replaces the earlier import)").orElse("") + ".");
        if (!done.notes().isEmpty()) {
            out.println("Not mapped, or mapped with a change:");
            done.notes().forEach(n -> out.println("  " + n));
        }
        if (!done.imported().warnings().isEmpty()) {
            out.println("check will still ask:");
            done.imported().warnings().forEach(w -> out.println("  " + w));
        }
        String id = pack.problemIds().get(0);
        out.println("Practise it in the app, or judge a file: codedrill judge --problem " + id + " --lang LANG FILE;"
                + " codedrill check " + id + " judges its reference solutions. Undo: codedrill pack remove "
                + pack.manifest().name());
        out.flush();
        return 0;
    }

    @Command(name = "kattis", mixinStandardHelpOptions = true,
            description = "Import a Kattis / ICPC problem package (a folder or a zip; its name is the problem's id):"
                    + " problem.yaml, data/sample and data/secret, the statement (problem.en.tex or problem.en.md),"
                    + " output_validators/ as its checker, submissions/ as references and kept submissions.")
    static final class Kattis implements Callable<Integer> {
        @ParentCommand
        ImportCommand command;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR|FILE.zip", description = "The problem package.")
        Path source;

        @Option(names = "--tags", split = ",", paramLabel = "TAG",
                description = "The problem's topics and tags (a package has none of CodeDrill's), as graphs,math.")
        List<String> tags = List.of();

        @Override
        public Integer call() {
            AppContext context = command.parent.context();
            try {
                return imported(spec, KattisImport.importPackage(source, tags, context.packs(),
                        context.ownProblemRoots()));
            } catch (PackException e) {
                return PackCommand.refused(spec, e);
            }
        }
    }

    @Command(name = "exercism", mixinStandardHelpOptions = true,
            description = "Import an exercise's canonical-data.json (Exercism's problem-specifications) as a function"
                    + " problem: its cases become tests (groups flattened, reimplemented cases replaced, {\"error\":"
                    + " …} as expected errors), description.md beside it the statement.")
    static final class Exercism implements Callable<Integer> {
        @ParentCommand
        ImportCommand command;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "canonical-data.json", description = "The exercise's canonical data.")
        Path file;

        @Option(names = "--signature", required = true, description = "The function, its parameters named as the"
                + " data's inputs, as \"leapYear(year: int) -> bool\".")
        String signature;

        @Option(names = "--tags", split = ",", paramLabel = "TAG",
                description = "The problem's topics and tags (canonical data has none), as math.")
        List<String> tags = List.of();

        @Override
        public Integer call() {
            AppContext context = command.parent.context();
            try {
                return imported(spec, ExercismImport.importData(file, signature, tags, context.packs(),
                        context.ownProblemRoots()));
            } catch (PackException e) {
                return PackCommand.refused(spec, e);
            }
        }
    }
}
