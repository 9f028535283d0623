package dev.codedrill.judge;

import java.util.List;
import java.util.stream.Collectors;

/** Quoting for the judge's shell scripts. */
final class Shell {

    private Shell() {
    }

    /** The words as one POSIX sh command line: each single-quoted, so the shell expands nothing in them. */
    static String quote(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }
}
