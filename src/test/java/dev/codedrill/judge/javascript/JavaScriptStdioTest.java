package dev.codedrill.judge.javascript;

import dev.codedrill.judge.StdioContract;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.javascript.JavaScriptHarness;

class JavaScriptStdioTest extends StdioContract {

    private static final String READ = "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(BigInt);\n";

    @Override
    protected HarnessGenerator generator() {
        return new JavaScriptHarness();
    }

    @Override
    protected String aPlusB() {
        return READ + "console.log(String(a + b));\n";
    }

    @Override
    protected String aMinusB() {
        return READ + "console.log(String(a - b));\n";
    }

    @Override
    protected String crashingWhenBIsTwo() {
        return READ + "console.log(String(a / (b - 2n)));\n";
    }

    @Override
    protected String runtimeErrorFragment() {
        return "RangeError: Division by zero";
    }

    @Override
    protected String loopingWhenBIsFive() {
        return READ + "while (b === 5n) {}\nconsole.log(String(a + b));\n";
    }

    @Override
    protected String flooding() {
        return "const chunk = 'x'.repeat(65536);\nwhile (true) process.stdout.write(chunk);\n";
    }

    @Override
    protected String notCompiling() {
        return "console.log(1 +);\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "main.js:1";
    }
}
