package dev.codedrill.judge.python;

import dev.codedrill.judge.StdioContract;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.python.PythonHarness;

class PythonStdioTest extends StdioContract {

    @Override
    protected HarnessGenerator generator() {
        return new PythonHarness();
    }

    @Override
    protected String aPlusB() {
        return "a, b = map(int, input().split())\nprint(a + b)\n";
    }

    @Override
    protected String aMinusB() {
        return "a, b = map(int, input().split())\nprint(a - b)\n";
    }

    @Override
    protected String crashingWhenBIsTwo() {
        return "a, b = map(int, input().split())\nprint(a // (b - 2))\n";
    }

    @Override
    protected String runtimeErrorFragment() {
        return "ZeroDivisionError";
    }

    @Override
    protected String loopingWhenBIsFive() {
        return "a, b = map(int, input().split())\nwhile b == 5: pass\nprint(a + b)\n";
    }

    @Override
    protected String flooding() {
        return "import sys\nwhile True: sys.stdout.write('x' * 65536)\n";
    }

    @Override
    protected String notCompiling() {
        return "print(1 +)\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "main.py:1";
    }
}
