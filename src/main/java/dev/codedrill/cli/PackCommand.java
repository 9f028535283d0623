package dev.codedrill.cli;

import dev.codedrill.app.AppContext;
import dev.codedrill.pack.PackException;
import dev.codedrill.pack.PackExporter;
import dev.codedrill.pack.PackStore;
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

/**
 * {@code codedrill pack export|import|remove|list}: problem packs an instructor hands out as one zip, imported into
 * the user's data dir, where they load with the bundled problems.
 */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Share problems as a pack: export a folder of problems to a zip, import a pack, remove it, list"
                + " the imported packs.",
        subcommands = {PackCommand.Export.class, PackCommand.Import.class, PackCommand.Remove.class,
                PackCommand.ListPacks.class})
final class PackCommand implements Callable<Integer> {

    @ParentCommand
    CodeDrillCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Prints a refused pack's message and faults, one a line; exit code 1. */
    static int refused(CommandSpec spec, PackException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(e.getMessage());
        e.faults().forEach(f -> err.println("  " + f));
        err.flush();
        return 1;
    }

    @Command(name = "export",
            description = "Write every problem of DIR, with a pack.json (name, version), to FILE.zip. A folder with a"
                    + " problem that does not load is not exported.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Parameters(index = "0", paramLabel = "DIR", description = "The folder that holds the pack's problem folders.")
        Path dir;

        @Parameters(index = "1", paramLabel = "FILE.zip", description = "The zip to write (replaced if it exists).")
        Path zip;

        @Option(names = "--name", description = "The pack's name (default: DIR's pack.json's, else DIR's name).")
        String name;

        @Option(names = "--version", description = "The pack's version (default: DIR's pack.json's, else 1).")
        String version;

        @Override
        public Integer call() {
            try {
                PackExporter.Exported done = PackExporter.export(dir, zip, name, version);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Wrote " + done.zip() + ": the pack " + done.manifest().describe() + ", "
                        + PackStore.problems(done.problemIds().size()) + " (" + String.join(", ", done.problemIds())
                        + "), "
                        + done.files() + " files.");
                out.println("Import it with: codedrill pack import " + done.zip().getFileName());
                out.flush();
                return 0;
            } catch (PackException e) {
                return refused(spec, e);
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a pack's zip: its problems are checked first and load with the bundled ones from"
                    + " then on (a new version of an imported pack replaces it).")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        PackCommand pack;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.zip", description = "The pack's zip (from pack export).")
        Path zip;

        @Override
        public Integer call() {
            AppContext context = pack.parent.context();
            try {
                PackStore.Imported done = context.packs().importPack(zip, context.ownProblemRoots());
                PrintWriter out = spec.commandLine().getOut();
                List<String> ids = done.pack().problemIds();
                out.println("Imported the pack " + done.pack().manifest().describe()
                        + done.replacedVersion().map(v -> " (it replaces version " + v + ")").orElse("") + ": "
                        + PackStore.problems(ids.size()) + " (" + String.join(", ", ids) + ").");
                if (!done.warnings().isEmpty()) {
                    out.println("check will still ask of them (the problems can be practised; tell the pack's author):");
                    done.warnings().forEach(w -> out.println("  " + w));
                }
                out.println("They are in the app's problem list, and in judge and check. Undo: codedrill pack remove "
                        + done.pack().manifest().name());
                out.flush();
                return 0;
            } catch (PackException e) {
                return refused(spec, e);
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove an imported pack and its problems (the history of their submissions is kept).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        PackCommand pack;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The pack's name, as pack list shows it.")
        String name;

        @Override
        public Integer call() {
            try {
                PackStore.InstalledPack removed = pack.parent.context().packs().remove(name);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Removed the pack " + removed.manifest().describe() + " and its "
                        + PackStore.problems(removed.problemIds().size()) + ". Their submissions stay in the history.");
                out.flush();
                return 0;
            } catch (PackException e) {
                return refused(spec, e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the imported packs.")
    static final class ListPacks implements Callable<Integer> {
        @ParentCommand
        PackCommand pack;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PackStore store = pack.parent.context().packs();
            PrintWriter out = spec.commandLine().getOut();
            List<PackStore.InstalledPack> packs = store.list();
            if (packs.isEmpty()) {
                out.println("No packs are imported (they would be in " + store.root() + "). Import one with: codedrill"
                        + " pack import FILE.zip");
            }
            for (PackStore.InstalledPack p : packs) {
                out.println(p.manifest().describe() + "  " + PackStore.problems(p.problemIds().size()) + ": "
                        + String.join(", ", p.problemIds()));
            }
            out.flush();
            return 0;
        }
    }
}
