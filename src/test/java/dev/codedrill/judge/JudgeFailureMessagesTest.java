package dev.codedrill.judge;

import static dev.codedrill.testing.PlainText.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.TestCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the judge itself says when a run breaks (not the learner's own exceptions, which are theirs to read): words,
 * never a Java class name or a parser's message, even when the results it reads are malformed.
 */
class JudgeFailureMessagesTest {

    private static final RunLimits LIMITS = RunLimits.of(new Problem("p", "P", Difficulty.EASY, List.of(),
            ProblemKind.STDIO, null, ComparatorSpec.TOKENS, 1000, 256, "",
            List.of(new TestCase(0, "one", new TextNode("1\n"), new TextNode("1\n"), true)), Path.of(".")));

    @Test
    void malformedResultLinesAreMissingTestsNotAFailureOfTheJudge() {
        byte[] garbage = "0 x 1 2 3 4 5 6\n\u0000\u0001 7\n@@@ END\n@@@ zero 1 1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(StdioJudge.parse(garbage, 1024)).isEmpty();
        assertThat(StdioJudge.parse(new byte[] {'@', '@', '@', ' ', '0'}, 1024)).isEmpty();
    }

    @Test
    void aRunThatEndsCleanlyWithoutItsResultsIsExplainedInWords() {
        Verdict verdict = Verdicts.cutOff(0, false, false, false, false, "", LIMITS);
        assertThat(verdict).isInstanceOfSatisfying(Verdict.RuntimeError.class, e -> assertPlain(e.error()));
    }

    @Test
    void aKillWithoutEvidenceOfMemoryIsExplainedInWords() {
        Verdict verdict = Verdicts.cutOff(137, false, false, false, false, "", LIMITS);
        assertThat(verdict).isInstanceOfSatisfying(Verdict.RuntimeError.class, e -> assertPlain(e.error()));
    }

    @Test
    void theEngineGoneForGoodIsExplainedInWords() {
        assertPlain(Judge.ENGINE_GONE);
        assertThat(Judge.ENGINE_GONE).contains("not judged").contains("kept").contains("codedrill doctor");
    }

    private static Frame compileReport(String fields) {
        String nonce = "3f2b8c1e-9a7d-4e0b-b1c2-5d6e7f8a9b0c";
        return Frame.parse(("\n@@" + nonce + " compile\n\n@@" + nonce + " end " + fields + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCompileCutOffAfterLittleProcessorTimeIsABusyMachineNotTheCodesCompilationError() {
        Verdict verdict = Verdicts.compileFailure(compileReport("compile=124 cs=3000 cpu_cs=410 limit_cs=3000"
                + " oom=0:0"), new byte[0], LIMITS);
        assertThat(verdict).isInstanceOfSatisfying(Verdict.InternalError.class, e -> {
            assertPlain(e.reason());
            assertThat(e.reason()).contains("too busy").contains("4.1 s of processor time").contains("not judged")
                    .contains("Run it again");
        });
    }

    @Test
    void aCompileThatUsedItsWholeTimeOnTheProcessorIsACompilationErrorThatTookTooLong() {
        for (String fields : List.of("compile=124 cs=3000 cpu_cs=2970 limit_cs=3000 oom=0:0",
                "compile=137 cs=3001 cpu_cs=1600 limit_cs=3000 oom=0:0",
                "compile=124 cs=3000 cpu_cs=-1 limit_cs=3000 oom=0:0", "compile=124 cs=3000 limit_cs=3000 oom=0:0")) {
            Verdict verdict = Verdicts.compileFailure(compileReport(fields), new byte[0], LIMITS);
            assertThat(verdict).as(fields).isInstanceOfSatisfying(Verdict.CompilationError.class,
                    e -> assertThat(e.compilerOutput()).contains("took too long"));
        }
    }
}
