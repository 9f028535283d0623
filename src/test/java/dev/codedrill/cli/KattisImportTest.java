package dev.codedrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.testing.SharedTestDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kattis problem package, written here as the format's documentation describes it (problem.yaml, a LaTeX
 * statement, data/sample and data/secret, an output validator, submissions by verdict), imported with
 * {@code import kattis} and judged with {@code check} in the real private daemon: the validator decides as the
 * checker, the accepted submissions are the references, the wrong one is kept and rejected.
 */
class KattisImportTest {

    private static final String PACK = "kattis-pair-sum";

    @TempDir
    Path temp;

    private Path config;

    @BeforeEach
    void sharedDaemonsConfig() throws IOException {
        SharedTestDaemon.engine();
        config = Files.writeString(temp.resolve("config.json"), SharedTestDaemon.configJson(List.of()));
        run("pack", "remove", PACK);
    }

    @AfterEach
    void removeTheImport() {
        run("pack", "remove", PACK);
    }

    @Test
    void aPackageWithAnOutputValidatorIsImportedWithItsStatementAndJudgedByItsValidator() throws IOException {
        Path pkg = temp.resolve("pair-sum");
        write(pkg, "problem.yaml", """
                name: Pair Sum
                source: CodeDrill's tests
                license: cc0
                keywords: math puzzles
                validation: custom
                limits:
                  memory: 256
                """);
        write(pkg, "problem_statement/problem.en.tex", """
                \\problemname{Pair Sum}
                Given $s$, find two non-negative integers that add up to it.
                \\section*{Input}
                One line with $s$ ($0 \\le s \\le 10^9$).
                \\section*{Output}
                Two integers $a$ and $b$, with $a + b = s$. Any such pair is accepted.
                """);
        write(pkg, "data/sample/1.in", "5\n");
        write(pkg, "data/sample/1.ans", "2 3\n");
        write(pkg, "data/secret/01-zero.in", "0\n");
        write(pkg, "data/secret/01-zero.ans", "0 0\n");
        write(pkg, "data/secret/02-large.in", "1000000000\n");
        write(pkg, "data/secret/02-large.ans", "500000000 500000000\n");
        write(pkg, "output_validators/pair/validate.py", """
                import os, sys
                s = int(open(sys.argv[1]).read())
                def reject(why):
                    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w") as f:
                        f.write(why)
                    sys.exit(43)
                words = sys.stdin.read().split()
                if len(words) != 2 or not all(w.isdigit() for w in words):
                    reject("expected two non-negative integers")
                if int(words[0]) + int(words[1]) != s:
                    reject(f"{words[0]} + {words[1]} is not {s}")
                sys.exit(42)
                """);
        write(pkg, "submissions/accepted/pair.py", "s = int(input())\nprint(s, 0)\n");
        write(pkg, "submissions/accepted/Pair.java", """
                import java.util.Scanner;
                public class Pair {
                    public static void main(String[] args) {
                        long s = new Scanner(System.in).nextLong();
                        System.out.println((s / 2) + " " + (s - s / 2));
                    }
                }
                """);
        write(pkg, "submissions/wrong_answer/one_too_many.py", "s = int(input())\nprint(1, s)\n");
        write(pkg, "submissions/accepted/pair.kt", "fun main() { val s = readLine()!!.toLong(); println(\"$s 0\") }\n");

        CliRun imported = run("import", "kattis", pkg.toString());

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported pair-sum as the pack kattis-pair-sum 1.")
                .contains("output_validators/pair (python) became checker.py")
                .contains("submissions/accepted/Pair.java: its class Pair renamed Main")
                .contains("submissions/accepted/pair.kt: a language CodeDrill does not run: left out")
                .contains("the keyword 'puzzles' is not one of CodeDrill's tags: left out");
        Path problem = SharedTestDaemon.dataDir().resolve("packs").resolve(PACK).resolve("pair-sum");
        assertThat(Files.readString(problem.resolve("statement.md"))).startsWith("# Pair Sum\n")
                .contains("## Input\n\nOne line with `s` (`0 \\le s \\le 10^9`).")
                .contains("## Examples\n\n```\nInput:\n5\nOutput:\n2 3\n```")
                .contains("(source: CodeDrill's tests; license: cc0)");

        CliRun checked = run("check", "--lang", "python,java", "pair-sum");

        assertThat(checked.exit()).as(checked.out() + checked.err()).isZero();
        assertThat(checked.out()).contains("2 of 2 accepted")
                .contains("kept submissions: 1 of 1 got their folder's verdict");
    }

    @Test
    void anInteractiveOrTopiclessPackageIsRefusedWithWhatToDo() throws IOException {
        Path interactive = temp.resolve("guess");
        write(interactive, "problem.yaml", "name: Guess\nvalidation: custom interactive\n");
        write(interactive, "data/secret/1.in", "7\n");
        write(interactive, "data/secret/1.ans", "7\n");
        Path plain = temp.resolve("echo");
        write(plain, "problem.yaml", "name: Echo\n");
        write(plain, "data/secret/1.in", "hi\n");
        write(plain, "data/secret/1.ans", "hi\n");

        CliRun guess = run("import", "kattis", interactive.toString());
        CliRun echo = run("import", "kattis", plain.toString());

        assertThat(guess.exit()).isEqualTo(1);
        assertThat(guess.err()).contains("guess is an interactive problem").contains("cannot be imported");
        assertThat(echo.exit()).isEqualTo(1);
        assertThat(echo.err()).contains("echo has no topic").contains("give one with --tags");
        assertThat(run("pack", "list").out()).doesNotContain("kattis-guess").doesNotContain("kattis-echo");
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private CliRun run(String... args) {
        return CliRun.of(config, args);
    }
}
