package dev.codedrill.judge.hostile;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.java.JavaHarness;

/** The hostile matrix in Java. */
final class JavaHostilePrograms implements HostilePrograms {

    private static final String IMPORTS = "import java.io.*;\nimport java.util.*;\n\n";

    @Override
    public HarnessGenerator generator() {
        return new JavaHarness();
    }

    @Override
    public String body(Behaviour behaviour) {
        return switch (behaviour) {
            case CORRECT -> "";
            case SLOW_FIRST_TEST -> "if (a == 1) Thread.sleep(1500);";
            case ENDLESS_STDOUT -> "while (a >= 0) System.out.println(\"y\".repeat(1000));";
            case ENDLESS_STDERR -> "while (a >= 0) System.err.println(\"y\".repeat(1000));";
            case ENDLESS_LOOP -> "long x = a;\nwhile (a >= 0) x = x * 31 + 7;\nb += x;";
            case SLEEP -> "Thread.sleep(30_000);";
            case KILL_PARENT -> "boolean killed = ProcessHandle.current().parent()"
                    + ".map(ProcessHandle::destroyForcibly).orElse(false);\nif (!killed) {\n"
                    + "    throw new IllegalStateException(\"the kill was refused\");\n}";
            case FORK_BOMB -> "List<Process> children = new ArrayList<>();\nwhile (a >= 0) {\n"
                    + "    try {\n        children.add(new ProcessBuilder(\"sleep\", \"1000\").start());\n"
                    + "    } catch (IOException e) {\n    }\n}";
            case MEMORY_HOG -> "List<byte[]> hog = new ArrayList<>();\nwhile (a >= 0) {\n"
                    + "    byte[] block = new byte[10 << 20];\n    Arrays.fill(block, (byte) 'y');\n"
                    + "    hog.add(block);\n}";
        };
    }

    @Override
    public String stdio(String body) {
        return IMPORTS + "public class Main {\n    public static void main(String[] args) throws Exception {\n"
                + "        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));\n"
                + "        StringTokenizer in = new StringTokenizer(reader.readLine());\n"
                + "        long a = Long.parseLong(in.nextToken());\n        long b = Long.parseLong(in.nextToken());\n"
                + body.indent(8) + "        System.out.println(a + b);\n    }\n}\n";
    }

    @Override
    public String function(String body) {
        return IMPORTS + "class Solution {\n    public int add(int a, int b) throws Exception {\n" + body.indent(8)
                + "        return a + b;\n    }\n}\n";
    }
}
