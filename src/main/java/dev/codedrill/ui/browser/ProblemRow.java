package dev.codedrill.ui.browser;

import dev.codedrill.history.ProblemStatus;
import dev.codedrill.problem.BrokenProblem;
import dev.codedrill.problem.Problem;

/**
 * One line of the problem list: a problem with where the learner stands on it, or a folder that did not load.
 *
 * @param problem null for a broken folder
 * @param broken  null for a problem that loaded
 */
public record ProblemRow(Problem problem, BrokenProblem broken, ProblemStatus status) {

    public static ProblemRow of(Problem problem, ProblemStatus status) {
        return new ProblemRow(problem, null, status);
    }

    public static ProblemRow of(BrokenProblem broken) {
        return new ProblemRow(null, broken, ProblemStatus.NEW);
    }

    public boolean isBroken() {
        return broken != null;
    }

    public String id() {
        return problem != null ? problem.id() : broken.dir().getFileName().toString();
    }

    public String title() {
        return problem != null ? problem.title() : id() + " (broken)";
    }
}
