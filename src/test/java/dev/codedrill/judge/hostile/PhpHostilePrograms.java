package dev.codedrill.judge.hostile;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.php.PhpHarness;

/** The hostile matrix in PHP (the runner's php-cli has posix and pcntl). */
final class PhpHostilePrograms implements HostilePrograms {

    @Override
    public HarnessGenerator generator() {
        return new PhpHarness();
    }

    @Override
    public String body(Behaviour behaviour) {
        return switch (behaviour) {
            case CORRECT -> "";
            case SLOW_FIRST_TEST -> "if ($a == 1) { usleep(1500000); }";
            case ENDLESS_STDOUT -> "while ($a >= 0) { echo str_repeat('y', 1000), \"\\n\"; }";
            case ENDLESS_STDERR -> "while ($a >= 0) { fwrite(STDERR, str_repeat('y', 1000) . \"\\n\"); }";
            case ENDLESS_LOOP -> "$x = $a;\nwhile ($a >= 0) { $x = ($x * 31 + 7) % 1000003; }\n$b += $x;";
            case SLEEP -> "sleep(30);";
            case KILL_PARENT -> "if (!posix_kill(posix_getppid(), 9)) {\n"
                    + "    throw new Exception('the kill was refused: ' . posix_strerror(posix_get_last_error()));\n}";
            // @: a failed fork warns on stderr, and a flood of warnings would be an output limit, not a fork bomb
            case FORK_BOMB -> "while ($a >= 0) { @pcntl_fork(); }";
            case MEMORY_HOG -> "$hog = [];\nwhile ($a >= 0) { $hog[] = str_repeat('y', 10 << 20); }";
        };
    }

    @Override
    public String stdio(String body) {
        return "<?php\n[$a, $b] = array_map('intval', preg_split('/\\s+/', trim(stream_get_contents(STDIN))));\n" + body
                + "\necho $a + $b, \"\\n\";\n";
    }

    @Override
    public String function(String body) {
        return "<?php\nclass Solution {\n    function add($a, $b) {\n" + body.indent(8)
                + "        return $a + $b;\n    }\n}\n";
    }
}
