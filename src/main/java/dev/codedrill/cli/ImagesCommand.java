package dev.codedrill.cli;

import dev.codedrill.app.AppContext;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.docker.images.ImageBundle;
import dev.codedrill.lang.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code codedrill images save FILE LANG…} / {@code images load FILE}: image bundles for offline machines. */
@Command(name = "images", mixinStandardHelpOptions = true,
        description = "Carry the languages' images to machines without a registry.",
        subcommands = {ImagesCommand.Save.class, ImagesCommand.Load.class})
final class ImagesCommand {

    @ParentCommand
    CodeDrillCommand parent;

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = "Save the images of the given languages (all when none) into FILE (.tar, or .tar.gz).")
    static final class Save implements Callable<Integer> {
        @ParentCommand
        ImagesCommand images;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;
        @Parameters(index = "1..*", paramLabel = "LANG")
        List<String> languages = new ArrayList<>();

        @Override
        public Integer call() throws InterruptedException, IOException {
            AppContext context = images.parent.context();
            Set<String> wanted = new LinkedHashSet<>();
            for (String id : languages) {
                Language language = context.languages().find(id).orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "Unknown language '" + id + "' (known: " + String.join(", ",
                        context.languages().all().stream().map(Language::id).toList()) + ")"));
                wanted.add(language.image());
            }
            if (wanted.isEmpty()) {
                context.languages().all().forEach(l -> wanted.add(l.image()));
            }
            try (RunningEngine running = context.startSandboxEngine(Progress.to(spec.commandLine().getErr()))) {
                long bytes = ImageBundle.save(running.engine(), List.copyOf(wanted), file);
                spec.commandLine().getOut().printf("Saved %s to %s (%d MB)%n", String.join(", ", wanted), file,
                        bytes / 1_000_000);
            }
            return 0;
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true, description = "Load an image bundle into the engine.")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        ImagesCommand images;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws InterruptedException, IOException {
            if (!file.toFile().isFile()) {
                throw new ParameterException(spec.commandLine(), "No image bundle at " + file);
            }
            AppContext context = images.parent.context();
            try (RunningEngine running = context.startSandboxEngine(Progress.to(spec.commandLine().getErr()))) {
                List<String> loaded = ImageBundle.load(running.engine(), file);
                spec.commandLine().getOut().println("Loaded " + String.join(", ", loaded) + " from " + file + " into "
                        + running.engine().endpoint());
            }
            return 0;
        }
    }
}
