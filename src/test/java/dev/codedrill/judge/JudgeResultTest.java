package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A submission's result as the learner sees it: stopped at its first failure, with long values cut. */
class JudgeResultTest {

    private static TestResult test(int i, Verdict verdict) {
        return new TestResult(i, "t" + i, false, verdict, 10, "in", "exp", "act", "", "");
    }

    @Test
    void stoppingAtTheFirstFailureLeavesTheTestsAfterItNotRunAndKeepsItsVerdict() {
        JudgeResult all = JudgeResult.of(List.of(test(0, new Verdict.Accepted()), test(1, new Verdict.WrongAnswer()),
                test(2, new Verdict.Accepted()), test(3, new Verdict.TimeLimitExceeded(1000))));
        JudgeResult stopped = all.stoppedAtFirstFailure();
        assertThat(stopped.verdict()).isInstanceOf(Verdict.WrongAnswer.class);
        assertThat(stopped.tests()).extracting(TestResult::ran).containsExactly(true, true, false, false);
        assertThat(stopped.passed()).isEqualTo(1);
        assertThat(stopped.total()).isEqualTo(4);
        assertThat(stopped.tests().get(2).actual()).isNull();
    }

    @Test
    void anAcceptedResultIsTheSameWhenStoppingAtTheFirstFailure() {
        JudgeResult all = JudgeResult.of(List.of(test(0, new Verdict.Accepted()), test(1, new Verdict.Accepted())));
        assertThat(all.stoppedAtFirstFailure()).isEqualTo(all);
    }

    @Test
    void aLongValueIsCutAtTheCapSayingHowManyBytesWereLeftOut() {
        String value = "é".repeat(40_000); // 80,000 bytes of UTF-8
        String cut = TestResult.cut(value, TestResult.VALUE_CAP);
        assertThat(cut).endsWith("\n… " + (80_000 - TestResult.VALUE_CAP) + " more bytes");
        assertThat(cut).startsWith("éé").doesNotContain("\uFFFD");
        assertThat(TestResult.cut("short", TestResult.VALUE_CAP)).isEqualTo("short");
        assertThat(TestResult.cut(null, 10)).isNull();
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String cut = TestResult.cut("aé".repeat(10), 4); // a(1) é(2) a(1) | é would cross the cap
        assertThat(cut).startsWith("aéa\n… ").endsWith(" more bytes");
    }
}
