package dev.codedrill.lang.support;

import dev.codedrill.lang.WarmRuntime;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.ValueType;
import java.util.List;
import java.util.Optional;

/**
 * Everything CodeDrill knows about one language, in one place: its files, its types, the starter code, the judge's
 * harness, its commands, how its tools name the learner's lines, how the editor colours and indents it, and the
 * bench's hello program. Each language is a folder ({@code dev.codedrill.lang.<id>}) with one class implementing
 * this, listed once in {@code dev.codedrill.lang.LanguageSupports}; what a user configures (the image, the pool size)
 * is in {@code languages.json} and the config. {@code docs/adding-a-language.md} walks through a new one.
 */
public interface LanguageSupport {

    /** The id the config, the history and the problem folders use: {@code python}. Lower case, no spaces. */
    String id();

    /** As the learner reads it in the language switcher: {@code Python 3}. */
    String name();

    /** Other names a Markdown code fence may use for it ({@code py}, {@code c++}). */
    default List<String> aliases() {
        return List.of();
    }

    /** The file name of its reference solution ({@code solutions/}) and starter override ({@code starter/}). */
    String solutionFile();

    /** The judge's side: a function problem's harness, a stdio program's plan. */
    HarnessGenerator harness();

    /**
     * The learner's file of a function problem in the work dir, as the compiler and the runtime name it in errors and
     * stack traces, so that the results panel can link them to the editor (the harness's own files are not it).
     */
    String functionFile();

    /** The learner's file of a stdio program, as {@link #functionFile()}. */
    String stdioFile();

    /** A function problem's starter code, made from its signature the way LeetCode shows it in this language. */
    String functionStarter(Signature signature);

    /**
     * A design problem's starter code: the class with its constructor and its methods, empty, the way LeetCode shows
     * it in this language.
     */
    String designStarter(DesignClass design);

    /** A stdio program's skeleton: it reads the whole input. */
    String stdioStarter();

    /** A value type as this language's code writes it (a parameter's type in the starter code). */
    String typeName(ValueType type);

    /** How the editor colours it. */
    Highlighting highlighting();

    /** What starts a comment to the end of the line: {@code //}, Python's {@code #}. */
    String lineComment();

    /** How the editor indents it. */
    Indenting indenting();

    /** A program that prints {@code hello}, with its commands: the pool benchmark's run. */
    Program hello();

    /** The command that proves the image has a working toolchain (it prints the version). */
    List<String> versionCommand();

    /** Shell lines run once in each new warm container, as the sandbox user (priming a build cache); none by default. */
    default List<String> poolInit() {
        return List.of();
    }

    /** The runtime the pool starts ahead of a run in each warm container ({@link WarmRuntime}); none by default. */
    default Optional<WarmRuntime> warmRuntime() {
        return Optional.empty();
    }

    /**
     * A compiled language's runtime for the run after the compile ({@link WarmRuntime#RUN_DIR}), which the pool starts
     * in the run's prepared exec; none by default.
     */
    default Optional<WarmRuntime> warmRun() {
        return Optional.empty();
    }
}
