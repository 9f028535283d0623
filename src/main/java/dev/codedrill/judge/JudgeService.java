package dev.codedrill.judge;

import java.util.function.Consumer;

/** Whatever judges a submission for the queue: the real {@link Judge}, or a stand-in in tests of the queue. */
@FunctionalInterface
public interface JudgeService {
    JudgeResult judge(Submission submission, Consumer<JudgeStage> stages) throws InterruptedException;
}
