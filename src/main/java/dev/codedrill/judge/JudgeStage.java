package dev.codedrill.judge;

/** Where a submission is, for the learner to see. */
public enum JudgeStage {
    QUEUED, COMPILING, RUNNING, JUDGED, CANCELLED
}
