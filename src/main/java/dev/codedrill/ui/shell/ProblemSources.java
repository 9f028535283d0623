package dev.codedrill.ui.shell;

import dev.codedrill.app.AppContext;
import dev.codedrill.pack.PackException;
import dev.codedrill.pack.PackStore;
import dev.codedrill.problem.ProblemLibrary;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the window's problems come from, for what changes them while it is open: File › Import pack… and Remove
 * pack… (the imported packs), File › New problem… (the learner's own folder), and the list read again after.
 */
public interface ProblemSources {

    /** Every problem again, the tests read when first used (as the app lists them at start). */
    ProblemLibrary reload();

    PackStore packs();

    /** The folders a pack may not take an id of (the bundled library, the learner's own, the config's). */
    List<Path> ownProblemRoots();

    /** Where New problem… makes a problem. */
    Path myProblemsDir();

    default PackStore.Imported importPack(Path zip) throws PackException {
        return packs().importPack(zip, ownProblemRoots());
    }

    static ProblemSources of(AppContext context) {
        return new ProblemSources() {
            @Override
            public ProblemLibrary reload() {
                return context.loadProblemsTestsLater();
            }

            @Override
            public PackStore packs() {
                return context.packs();
            }

            @Override
            public List<Path> ownProblemRoots() {
                return context.ownProblemRoots();
            }

            @Override
            public Path myProblemsDir() {
                return context.myProblemsDir();
            }
        };
    }
}
