package dev.codedrill.judge.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.StdioContract;
import dev.codedrill.judge.Verdict;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.java.JavaHarness;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.TestCase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaStdioTest extends StdioContract {

    private static String program(String body) {
        return """
                import java.io.*;
                import java.util.*;

                public class Main {
                    public static void main(String[] args) throws IOException {
                        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                        StringTokenizer st = new StringTokenizer(in.readLine());
                        long a = Long.parseLong(st.nextToken());
                        long b = Long.parseLong(st.nextToken());
                """ + body + """
                    }
                }
                """;
    }

    @Override
    protected HarnessGenerator generator() {
        return new JavaHarness();
    }

    @Override
    protected String aPlusB() {
        return program("        System.out.println(a + b);\n");
    }

    @Override
    protected String aMinusB() {
        return program("        System.out.println(a - b);\n");
    }

    @Override
    protected String crashingWhenBIsTwo() {
        return program("        System.out.println(a / (b - 2));\n");
    }

    @Override
    protected String runtimeErrorFragment() {
        return "java.lang.ArithmeticException: / by zero";
    }

    @Override
    protected String loopingWhenBIsFive() {
        return program("        while (b == 5) { }\n        System.out.println(a + b);\n");
    }

    @Override
    protected String flooding() {
        return """
                public class Main {
                    public static void main(String[] args) {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 0; i < 65536; i++) sb.append('x');
                        String chunk = sb.toString();
                        while (true) System.out.print(chunk);
                    }
                }
                """;
    }

    @Override
    protected String notCompiling() {
        return "public class Main { int x = }\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "Main.java:1";
    }

    /** Reads n (MB), holds n MB of arrays, prints "ok N"; tells the JVM's heap limit in MB on stderr. */
    private static final String HOLDING_N_MEGABYTES = """
            import java.util.*;

            public class Main {
                public static void main(String[] args) {
                    int mb = new Scanner(System.in).nextInt();
                    System.err.println(Runtime.getRuntime().maxMemory() / (1024 * 1024));
                    List<byte[]> held = new ArrayList<>();
                    for (int i = 0; i < mb; i++) held.add(new byte[1024 * 1024]);
                    System.out.println("ok " + held.size());
                }
            }
            """;

    private static Problem holding(int memoryLimitMb, int mb) {
        return new Problem("hold", "Hold", Difficulty.EASY, List.of(), ProblemKind.STDIO, null, ComparatorSpec.TOKENS,
                5000, memoryLimitMb, "", List.of(new TestCase(0, "hold " + mb + " MB", new TextNode(mb + "\n"),
                new TextNode("ok " + mb + "\n"), true)), Path.of("."));
    }

    @Test
    void theHeapFollowsTheProblemsMemoryLimit() {
        // 300 MB of arrays fit a 512 MB problem: a heap fixed for the default 256 MB container would not hold them
        JudgeResult big = judge(holding(512, 300), HOLDING_N_MEGABYTES);
        assertThat(big.verdict()).as(String.valueOf(big)).isInstanceOf(Verdict.Accepted.class);
        assertThat(Long.parseLong(big.tests().get(0).error().strip())).as("the heap under a 512 MB limit")
                .isBetween(380L, 512L);

        JudgeResult small = judge(holding(128, 8), HOLDING_N_MEGABYTES);
        assertThat(small.verdict()).as(String.valueOf(small)).isInstanceOf(Verdict.Accepted.class);
        assertThat(Long.parseLong(small.tests().get(0).error().strip())).as("the heap under a 128 MB limit")
                .isBetween(40L, 96L);
    }

    @Test
    void runningOutOfTheHeapIsStillAMemoryLimit() {
        JudgeResult result = judge(holding(128, 200), HOLDING_N_MEGABYTES);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.MemoryLimitExceeded.class);
    }
}
