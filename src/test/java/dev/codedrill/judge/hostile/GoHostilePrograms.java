package dev.codedrill.judge.hostile;

import dev.codedrill.lang.go.GoHarness;
import dev.codedrill.lang.harness.HarnessGenerator;

/** The hostile matrix in Go. */
final class GoHostilePrograms implements HostilePrograms {

    /** Every package any behaviour needs; the blank uses keep Go from refusing the ones a behaviour does not use. */
    private static final String IMPORTS = """
            import (
            \t"fmt"
            \t"os"
            \t"os/exec"
            \t"strings"
            \t"syscall"
            \t"time"
            )

            var _ = fmt.Sprint
            var _ = os.Getppid
            var _ = exec.Command
            var _ = strings.Repeat
            var _ = syscall.Kill
            var _ = time.Sleep

            """;

    @Override
    public HarnessGenerator generator() {
        return new GoHarness();
    }

    @Override
    public String body(Behaviour behaviour) {
        return switch (behaviour) {
            case CORRECT -> "";
            case SLOW_FIRST_TEST -> "if a == 1 {\n\ttime.Sleep(1500 * time.Millisecond)\n}";
            case ENDLESS_STDOUT -> "for a >= 0 {\n\tfmt.Println(strings.Repeat(\"y\", 1000))\n}";
            case ENDLESS_STDERR -> "for a >= 0 {\n\tfmt.Fprintln(os.Stderr, strings.Repeat(\"y\", 1000))\n}";
            case ENDLESS_LOOP -> "x := a\nfor a >= 0 {\n\tx = x*31 + 7\n}\nb += x";
            case SLEEP -> "time.Sleep(30 * time.Second)";
            case KILL_PARENT -> "if err := syscall.Kill(os.Getppid(), syscall.SIGKILL); err != nil {\n"
                    + "\tpanic(\"the kill was refused: \" + err.Error())\n}";
            case FORK_BOMB -> "for a >= 0 {\n\texec.Command(\"sleep\", \"1000\").Start()\n}";
            case MEMORY_HOG -> "var hog [][]byte\nfor a >= 0 {\n\tblock := make([]byte, 10<<20)\n"
                    + "\tfor i := range block {\n\t\tblock[i] = 'y'\n\t}\n\thog = append(hog, block)\n}";
        };
    }

    @Override
    public String stdio(String body) {
        return "package main\n\n" + IMPORTS + "func main() {\n\tvar a, b int64\n\tfmt.Scan(&a, &b)\n"
                + body.indent(4) + "\tfmt.Println(a + b)\n}\n";
    }

    @Override
    public String function(String body) {
        return "package main\n\n" + IMPORTS + "func add(a int, b int) int {\n"
                + body.indent(4) + "\treturn a + b\n}\n";
    }
}
