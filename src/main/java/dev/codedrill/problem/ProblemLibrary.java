package dev.codedrill.problem;

import java.util.List;
import java.util.Optional;

/** Every problem that loaded, in id order, and every folder that did not. */
public record ProblemLibrary(List<Problem> problems, List<BrokenProblem> broken) {

    public ProblemLibrary {
        problems = List.copyOf(problems);
        broken = List.copyOf(broken);
    }

    public Optional<Problem> find(String id) {
        return problems.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
