package dev.codedrill.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdict a kept submission must get, named by its folder under {@code submissions/}
 * (docs/architecture.md#kept-submissions).
 */
public enum KeptVerdict {
    ACCEPTED, WRONG_ANSWER, TIME_LIMIT_EXCEEDED, RUNTIME_ERROR;

    /** The folder that holds such submissions: {@code accepted}, {@code wrong_answer}, …. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The judge's code of the verdict ({@code judge.Verdict#code}): ACCEPTED, WRONG_ANSWER, …. */
    public String code() {
        return name();
    }

    /** The verdict a folder stands for; empty when the name is none of {@link #folders()}. */
    public static Optional<KeptVerdict> ofFolder(String name) {
        return Arrays.stream(values()).filter(v -> v.folder().equals(name)).findFirst();
    }

    public static List<String> folders() {
        return Arrays.stream(values()).map(KeptVerdict::folder).toList();
    }
}
