package dev.codedrill.lang.starter;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The code a learner starts from, per language: generated from a function problem's signature (LeetCode style),
 * or a stdin-reading skeleton for stdio problems, each by its {@link LanguageSupport}. A problem may override it
 * with {@code starter/<file>} in its folder (the same file names as {@code solutions/}).
 */
public final class StarterCode {

    private StarterCode() {
    }

    public static String forProblem(Problem problem, String languageId) {
        LanguageSupport language = LanguageSupports.of(languageId);
        Path override = problem.dir().resolve("starter").resolve(language.solutionFile());
        if (Files.isRegularFile(override)) {
            try {
                return Files.readString(override, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return switch (problem.kind()) {
            case FUNCTION -> language.functionStarter(problem.signature());
            case DESIGN -> language.designStarter(problem.design());
            case STDIO -> language.stdioStarter();
        };
    }

    public static String function(Signature s, String languageId) {
        return LanguageSupports.of(languageId).functionStarter(s);
    }

    public static String stdio(String languageId) {
        return LanguageSupports.of(languageId).stdioStarter();
    }

    /** The languages starter code exists for. */
    public static List<String> languages() {
        return LanguageSupports.all().stream().map(LanguageSupport::id).toList();
    }
}
