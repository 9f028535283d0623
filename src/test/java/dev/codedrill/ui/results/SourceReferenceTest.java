package dev.codedrill.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceReferenceTest {

    @Test
    void readsGccAndGoLineAndColumn() {
        String out = "solution.cpp:12:5: error: expected ';' before '}' token\n./solution.go:3:9: undefined: x";
        assertThat(SourceReference.findAll(out)).extracting(SourceReference::line, SourceReference::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(12, 5), org.assertj.core.groups.Tuple.tuple(3, 9));
    }

    @Test
    void readsJavacPythonAndPhpLines() {
        assertThat(SourceReference.findAll("Solution.java:7: error: ';' expected")).singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(7));
        assertThat(SourceReference.findAll("  File \"solution.py\", line 3\n    def f(:")).singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(3));
        assertThat(SourceReference.findAll("PHP Parse error: syntax error in solution.php on line 4")).singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(4));
    }

    @Test
    void ignoresTheHarnessFiles() {
        assertThat(SourceReference.findAll("harness.go:40:2: undefined: twoSum\nmain.cpp:88:1: note\n"
                + "at Main.main(Main.java:40)")).isEmpty();
    }

    @Test
    void inStdioProblemsMainIsTheLearnersFileInEveryLanguage() {
        assertThat(SourceReference.findAll("Main.java:5: error: x\n./main.go:7:2: y", true))
                .extracting(SourceReference::line).containsExactly(5, 7);
        // the stdio plans' own file names: main.cpp is the learner's program here, not a harness
        assertThat(SourceReference.findAll("main.cpp:88:1: error: x\n  File \"main.py\", line 3\n"
                + "/work/main.js:4\nPHP Parse error: y in main.php on line 6", true))
                .extracting(SourceReference::line).containsExactly(88, 3, 4, 6);
        assertThat(SourceReference.findAll("solution.cpp:88:1: note", true)).isEmpty();
        assertThat(SourceReference.findAll("domain.go:3:1: note", true)).as("not part of a longer name").isEmpty();
    }

    @Test
    void marksWhereTheReferenceIsInTheText() {
        String out = "x solution.js:2 y";
        SourceReference ref = SourceReference.findAll(out).get(0);
        assertThat(out.substring(ref.start(), ref.end())).isEqualTo("solution.js:2");
    }
}
