package dev.codedrill.history;

/** Why code was sent: run against the samples, submitted against every test, or run on the user's own input. */
public enum SubmissionKind {
    RUN, SUBMIT, CUSTOM
}
