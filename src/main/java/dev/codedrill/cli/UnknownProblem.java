package dev.codedrill.cli;

import dev.codedrill.problem.BrokenProblem;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLibrary;
import java.nio.file.Path;
import java.util.List;

/** What a command says of a problem id it cannot find: why (broken, or no problems at all) and where it looked. */
final class UnknownProblem {

    private UnknownProblem() {
    }

    static String message(String id, ProblemLibrary library, List<Path> roots) {
        String broken = library.broken().stream().filter(b -> b.dir().getFileName().toString().equals(id))
                .map(BrokenProblem::describe).findFirst().map(d -> " It is broken: " + d + ".").orElse("");
        if (!broken.isEmpty()) {
            return "Problem '" + id + "' could not be loaded." + broken;
        }
        List<String> known = library.problems().stream().map(Problem::id).toList();
        if (known.isEmpty()) {
            String where = roots.isEmpty() ? "no problems folder was found beside the app or in the working directory"
                    : "none were found in " + String.join(", ", roots.stream().map(Path::toString).toList());
            return "Unknown problem '" + id + "': there are no problems to judge (" + where + "). Run CodeDrill from"
                    + " its own folder, or name a problems folder with -Dcodedrill.problems=DIR or in the app's"
                    + " Settings (Problem folders).";
        }
        List<String> near = known.stream().filter(k -> near(id, k)).toList();
        if (!near.isEmpty()) {
            return "Unknown problem '" + id + "'. Did you mean " + String.join(", ", near) + "?";
        }
        String listed = String.join(", ", known);
        return "Unknown problem '" + id + "'. Known: " + listed;
    }

    /** Whether {@code known} is probably the id meant: one holds the other, or they differ by a few letters. */
    static boolean near(String id, String known) {
        String a = id.toLowerCase(java.util.Locale.ROOT);
        if (a.length() >= 3 && (known.contains(a) || a.contains(known))) {
            return true;
        }
        return distance(a, known) <= Math.max(1, Math.min(a.length(), known.length()) / 5);
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
