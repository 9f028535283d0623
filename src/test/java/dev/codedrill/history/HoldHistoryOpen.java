package dev.codedrill.history;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Another CodeDrill, for the tests that need a second process: opens the history in args[0], records one
 * submission (judged, or left queued when args[1] is {@code pending}), says OPEN, and keeps the history open until
 * a line arrives on stdin, or it is killed.
 */
public final class HoldHistoryOpen {

    public static void main(String[] args) throws Exception {
        try (HistoryStore store = HistoryStore.open(Path.of(args[0]))) {
            long id = store.submissions().recordQueued(
                    new NewSubmission("held-problem", "python", SubmissionKind.SUBMIT, "held"));
            if (args.length < 2 || !args[1].equals("pending")) {
                store.submissions().recordJudged(id, new Judgement(SubmissionVerdict.ACCEPTED, 1, 1, 1, null));
            }
            System.out.println("OPEN");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        System.out.println("CLOSED");
    }
}
