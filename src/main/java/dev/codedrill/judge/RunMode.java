package dev.codedrill.judge;

/** Run = the sample tests; Submit = every test; Custom = the learner's own input, output shown only. */
public enum RunMode {
    RUN, SUBMIT, CUSTOM
}
