package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.pool.ReturnCondition;
import org.junit.jupiter.api.Test;

/** The pool hears how a run ended, not only that it was suspect: the reason is kept and logged as it was. */
class ReturnConditionOfAVerdictTest {

    @Test
    void codeThatRanItsCourseLeavesItsSandboxClean() {
        assertThat(Judge.returnCondition(new Verdict.Accepted())).isEqualTo(ReturnCondition.CLEAN);
        assertThat(Judge.returnCondition(new Verdict.WrongAnswer())).isEqualTo(ReturnCondition.CLEAN);
        assertThat(Judge.returnCondition(new Verdict.CompilationError("x"))).isEqualTo(ReturnCondition.CLEAN);
    }

    @Test
    void eachLimitNamesItselfAndAnythingElseIsACrash() {
        assertThat(Judge.returnCondition(new Verdict.TimeLimitExceeded(1000))).isEqualTo(ReturnCondition.TIMED_OUT);
        assertThat(Judge.returnCondition(new Verdict.MemoryLimitExceeded(256)))
                .isEqualTo(ReturnCondition.OUT_OF_MEMORY);
        assertThat(Judge.returnCondition(new Verdict.OutputLimitExceeded(65536)))
                .isEqualTo(ReturnCondition.OUTPUT_FLOODED);
        assertThat(Judge.returnCondition(new Verdict.RuntimeError("boom"))).isEqualTo(ReturnCondition.CRASHED);
        assertThat(Judge.returnCondition(new Verdict.InternalError("gone"))).isEqualTo(ReturnCondition.CRASHED);
    }
}
