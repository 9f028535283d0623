package dev.codedrill.pack.kattis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Kattis statement's LaTeX in Markdown, for the subset statements use; what it cannot show is named. */
class TexStatementTest {

    @Test
    void sectionsParagraphsMathListsAndTablesBecomeMarkdown() {
        TexStatement statement = TexStatement.convert("""
                \\problemname{Counting Sheep}
                % a comment that is not shown
                Bob counts \\emph{sheep} until he sleeps: $n \\le 10^9$ of them, or \\(k\\) at most.

                \\section*{Input}
                One line with \\textbf{two} integers, $a$ and~$b$ --- see below.
                \\begin{itemize}
                  \\item the first is $a$;
                  \\item the second is
                    $b$.
                \\end{itemize}
                \\begin{enumerate}
                \\item read
                \\item print
                \\end{enumerate}
                $$ a + b \\le 100 $$
                \\subsection{Limits}
                \\begin{tabular}{|l|r|}
                \\hline
                Group & Points \\\\ \\hline
                $1$ & 30 \\\\
                2 & 70 \\\\ \\hline
                \\end{tabular}
                Use \\texttt{long}, 100\\% sure\\ldots
                """);

        assertThat(statement.title()).isEqualTo("Counting Sheep");
        assertThat(statement.markdown()).isEqualTo("""
                Bob counts *sheep* until he sleeps: `n \\le 10^9` of them, or `k` at most.

                ## Input

                One line with **two** integers, `a` and `b` — see below.

                - the first is `a`;
                - the second is `b`.

                1. read
                2. print

                ```
                a + b \\le 100
                ```

                ### Limits

                | Group | Points |
                | --- | --- |
                | `1` | 30 |
                | 2 | 70 |

                Use `long`, 100% sure…""");
        assertThat(statement.dropped()).isEmpty();
    }

    @Test
    void picturesAndUnknownCommandsAreDroppedKeepingTheirTextAndNamed() {
        TexStatement statement = TexStatement.convert("""
                \\illustration{0.3}{cave.jpg}{A cave}
                The \\sout{old} rule \\newcommand holds.
                """);

        assertThat(statement.markdown()).isEqualTo("The old rule holds.");
        assertThat(statement.dropped()).containsExactly("\\illustration (pictures are not imported)", "\\newcommand",
                "\\sout");
    }
}
