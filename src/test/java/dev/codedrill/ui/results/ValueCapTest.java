package dev.codedrill.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.TestResult;
import dev.codedrill.judge.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueCapTest {

    private static final int CAP = ValueCap.LIMIT_BYTES;

    @Test
    void aValueThatFitsIsShownWhole() {
        assertThat(ValueCap.cut("[1,2,3]")).isEqualTo("[1,2,3]");
        String exactly = "x".repeat(CAP);
        assertThat(ValueCap.cut(exactly)).isSameAs(exactly);
        assertThat(ValueCap.cut((String) null)).isNull();
    }

    @Test
    void aLongValueKeepsItsFirst64KiBAndSaysHowManyBytesWereLeftOut() {
        String value = "7\n".repeat(8 * 1024 * 1024); // 16 MiB
        String cut = ValueCap.cut(value);
        assertThat(cut).isEqualTo("7\n".repeat(CAP / 2) + "\n… " + (16 * 1024 * 1024 - CAP) + " more bytes");
    }

    @Test
    void theCutCountsUtf8BytesAndNeverSplitsACharacter() {
        String value = "é".repeat(CAP / 2 - 1) + "😀" + "😀".repeat(100); // 2 bytes each, then 4 bytes each
        String cut = ValueCap.cut(value);
        ValueCap.Split split = ValueCap.split(cut);
        assertThat(split.kept()).isEqualTo("é".repeat(CAP / 2 - 1)); // the emoji would pass 64 KiB by 2 bytes
        assertThat(split.kept().getBytes(StandardCharsets.UTF_8).length + split.moreBytes())
                .isEqualTo(value.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aValueTheJudgeAlreadyCutIsLeftAsItIs() {
        String fromTheJudge = "y".repeat(CAP) + "\n… 123456 more bytes";
        assertThat(ValueCap.cut(fromTheJudge)).isSameAs(fromTheJudge);
        assertThat(ValueCap.split(fromTheJudge)).isEqualTo(new ValueCap.Split("y".repeat(CAP), 123456));
        assertThat(ValueCap.split("7\n")).isEqualTo(new ValueCap.Split("7\n", 0));
    }

    @Test
    void everyValueOfAResultAndItsVerdictsTextAreCut() {
        String big = "z".repeat(CAP + 10);
        String shown = "z".repeat(CAP) + "\n… 10 more bytes";
        JudgeResult result = new JudgeResult(new Verdict.RuntimeError(big), 0, 1, 5, List.of(
                new TestResult(0, "t", true, new Verdict.RuntimeError(big), 5, big, big, big, big, big)));
        JudgeResult cut = ValueCap.cut(result);
        assertThat(cut.verdict()).isEqualTo(new Verdict.RuntimeError(shown));
        TestResult t = cut.tests().get(0);
        assertThat(List.of(t.input(), t.expected(), t.actual(), t.stdout(), t.error())).containsOnly(shown);
        assertThat(t.verdict()).isEqualTo(new Verdict.RuntimeError(shown));
        assertThat(ValueCap.cut(new Verdict.CompilationError(big))).isEqualTo(new Verdict.CompilationError(shown));
    }
}
