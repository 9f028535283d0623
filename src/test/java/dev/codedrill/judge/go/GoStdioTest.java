package dev.codedrill.judge.go;

import dev.codedrill.judge.StdioContract;
import dev.codedrill.lang.go.GoHarness;
import dev.codedrill.lang.harness.HarnessGenerator;

class GoStdioTest extends StdioContract {

    private static String program(String body) {
        return "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a, b int64\n\tfmt.Scan(&a, &b)\n" + body + "}\n";
    }

    @Override
    protected HarnessGenerator generator() {
        return new GoHarness();
    }

    @Override
    protected String aPlusB() {
        return program("\tfmt.Println(a + b)\n");
    }

    @Override
    protected String aMinusB() {
        return program("\tfmt.Println(a - b)\n");
    }

    @Override
    protected String crashingWhenBIsTwo() {
        return program("\tfmt.Println(a / (b - 2))\n");
    }

    @Override
    protected String runtimeErrorFragment() {
        return "integer divide by zero";
    }

    @Override
    protected String loopingWhenBIsFive() {
        return program("\tfor b == 5 {\n\t}\n\tfmt.Println(a + b)\n");
    }

    @Override
    protected String flooding() {
        return "package main\n\nimport (\n\t\"os\"\n\t\"strings\"\n)\n\nfunc main() {\n\tchunk := []byte(strings.Repeat(\"x\", 65536))\n"
                + "\tfor {\n\t\tos.Stdout.Write(chunk)\n\t}\n}\n";
    }

    @Override
    protected String notCompiling() {
        return "package main func main() {}\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "main.go:1";
    }
}
