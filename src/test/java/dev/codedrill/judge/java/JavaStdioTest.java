package dev.codedrill.judge.java;

import dev.codedrill.judge.StdioContract;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.JavaHarness;

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
}
