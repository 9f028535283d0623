package dev.codedrill.cli;

import dev.codedrill.problem.KeptSubmission;
import dev.codedrill.problem.Problem;

/**
 * One kept submission as {@code check} reports it (docs/architecture.md#kept-submissions): ok when it got the
 * verdict of its folder.
 *
 * @param file where it is in its problem's folder ({@code submissions/wrong_answer/off_by_one.py})
 * @param got  the verdict's code, or UNREADABLE / INTERNAL_ERROR when it could not be judged
 * @param note the test it failed on, or why it was not judged; empty when there is nothing to add
 */
record KeptRow(String problem, String language, String file, String expected, String got, boolean ok, String note) {

    static KeptRow of(Problem problem, KeptSubmission kept, String got, String note) {
        return new KeptRow(problem.id(), kept.languageId(), kept.shortName(), kept.expected().code(), got,
                kept.expected().code().equals(got), note);
    }

    /** The line {@code check} prints for a kept submission that did not get its folder's verdict. */
    String failure() {
        return "KEPT " + problem + " " + language + " " + file + ": expected " + expected + ", got " + got
                + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
