package dev.codedrill.judge.php;

import dev.codedrill.judge.StdioContract;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.php.PhpHarness;

class PhpStdioTest extends StdioContract {

    private static final String READ = "<?php\n[$a, $b] = array_map('intval', preg_split('/\\s+/', trim(stream_get_contents(STDIN))));\n";

    @Override
    protected HarnessGenerator generator() {
        return new PhpHarness();
    }

    @Override
    protected String aPlusB() {
        return READ + "echo $a + $b, \"\\n\";\n";
    }

    @Override
    protected String aMinusB() {
        return READ + "echo $a - $b, \"\\n\";\n";
    }

    @Override
    protected String crashingWhenBIsTwo() {
        return READ + "echo intdiv($a, $b - 2), \"\\n\";\n";
    }

    @Override
    protected String runtimeErrorFragment() {
        return "DivisionByZeroError";
    }

    @Override
    protected String loopingWhenBIsFive() {
        return READ + "while ($b == 5) {}\necho $a + $b, \"\\n\";\n";
    }

    @Override
    protected String flooding() {
        return "<?php\n$chunk = str_repeat('x', 65536);\nwhile (true) { echo $chunk; }\n";
    }

    @Override
    protected String notCompiling() {
        return "<?php echo 1 +;\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "main.php on line 1";
    }
}
