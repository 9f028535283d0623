package dev.codedrill.judge.hostile;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.python.PythonHarness;

/** The hostile matrix in Python. */
final class PythonHostilePrograms implements HostilePrograms {

    private static final String IMPORTS = "import os, sys, time\n";

    @Override
    public HarnessGenerator generator() {
        return new PythonHarness();
    }

    @Override
    public String body(Behaviour behaviour) {
        return switch (behaviour) {
            case CORRECT -> "pass";
            case SLOW_FIRST_TEST -> "if a == 1:\n    time.sleep(1.5)";
            case ENDLESS_STDOUT -> "while a >= 0:\n    print('y' * 1000)";
            case ENDLESS_STDERR -> "while a >= 0:\n    sys.stderr.write('y' * 1000 + '\\n')";
            case ENDLESS_LOOP -> "x = a\nwhile a >= 0:\n    x = (x * 31 + 7) % 1000003\nb += x";
            case SLEEP -> "time.sleep(30)";
            case KILL_PARENT -> "try:\n    os.kill(os.getppid(), 9)\nexcept OSError as e:\n"
                    + "    raise RuntimeError('the kill was refused: %s' % e)";
            case FORK_BOMB -> "while a >= 0:\n    try:\n        os.fork()\n    except OSError:\n        pass";
            // b'y' * n writes every byte (a bytearray(n) would be untouched zero pages)
            case MEMORY_HOG -> "hog = []\nwhile a >= 0:\n    hog.append(b'y' * (10 << 20))";
        };
    }

    @Override
    public String stdio(String body) {
        return IMPORTS + "a, b = map(int, input().split())\n" + body + "\nprint(a + b)\n";
    }

    @Override
    public String function(String body) {
        return IMPORTS + "\nclass Solution:\n    def add(self, a, b):\n" + body.indent(8) + "        return a + b\n";
    }
}
