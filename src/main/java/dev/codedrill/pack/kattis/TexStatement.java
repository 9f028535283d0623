package dev.codedrill.pack.kattis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kattis statement's LaTeX ({@code problem_statement/problem.en.tex}) in CodeDrill's Markdown, for the subset
 * statements use: sections, paragraphs, inline and display math (shown as code: the statement view has no math),
 * bold, italic and typewriter text, itemize and enumerate, tabular. What it cannot show (pictures, unknown
 * commands) is dropped, keeping the text inside, and named in {@link #dropped()}.
 */
public final class TexStatement {

    private static final Pattern PROBLEM_NAME = Pattern.compile("\\\\problemname\\{([^}]*)}");
    private static final Pattern SECTION = Pattern.compile("\\\\(sub)?section\\*?\\{([^}]*)}");
    private static final Pattern DISPLAY_MATH = Pattern.compile("\\$\\$(.+?)\\$\\$|\\\\\\[(.+?)\\\\]", Pattern.DOTALL);
    private static final Pattern INLINE_MATH = Pattern.compile("(?<!\\\\)\\$(.+?)(?<!\\\\)\\$|\\\\\\((.+?)\\\\\\)",
            Pattern.DOTALL);
    private static final Pattern LIST = Pattern.compile("\\\\begin\\{(itemize|enumerate)}(.*?)\\\\end\\{\\1}",
            Pattern.DOTALL);
    private static final Pattern TABULAR = Pattern.compile("\\\\begin\\{tabular}\\{[^}]*}(.*?)\\\\end\\{tabular}",
            Pattern.DOTALL);
    private static final Pattern PICTURE = Pattern.compile("\\\\(illustration|includegraphics)(\\[[^]]*])?(\\{[^}]*})+");
    private static final Pattern COMMAND = Pattern.compile("\\\\([a-zA-Z]+)\\*?(\\[[^]]*])?\\{([^{}]*)}");
    private static final Pattern BARE_COMMAND = Pattern.compile("\\\\([a-zA-Z]+)\\b\\s?");

    private final String title;
    private final String markdown;
    private final Set<String> dropped;

    private TexStatement(String title, String markdown, Set<String> dropped) {
        this.title = title;
        this.markdown = markdown;
        this.dropped = dropped;
    }

    /** The \problemname, or null. */
    public String title() {
        return title;
    }

    /** The body in Markdown, without the title. */
    public String markdown() {
        return markdown;
    }

    /** The commands and environments that were dropped (their text kept), for the import's report. */
    public Set<String> dropped() {
        return dropped;
    }

    public static TexStatement convert(String tex) {
        Set<String> dropped = new TreeSet<>();
        String text = tex.replaceAll("(?m)(?<!\\\\)%.*$", "");
        Matcher name = PROBLEM_NAME.matcher(text);
        String title = name.find() ? name.group(1).strip() : null;
        text = PROBLEM_NAME.matcher(text).replaceAll("");
        List<String> blocks = new ArrayList<>();
        // pieces that must not be touched by the inline rules are kept aside as placeholders
        text = replace(DISPLAY_MATH, text, m -> keep(blocks, "\n```\n" + (m.group(1) != null ? m.group(1)
                : m.group(2)).strip() + "\n```\n"));
        text = replace(INLINE_MATH, text, m -> keep(blocks, "`" + (m.group(1) != null ? m.group(1) : m.group(2)).strip()
                .replaceAll("\\s+", " ") + "`"));
        text = replace(TABULAR, text, m -> keep(blocks, "\n" + table(m.group(1)) + "\n"));
        text = replace(PICTURE, text, m -> {
            dropped.add("\\" + m.group(1) + " (pictures are not imported)");
            return "";
        });
        text = replace(SECTION, text, m -> "\n" + (m.group(1) != null ? "### " : "## ") + m.group(2).strip() + "\n");
        text = replace(LIST, text, m -> "\n" + list(m.group(2), m.group(1).equals("enumerate")) + "\n");
        String before;
        do { // innermost commands first: \textbf{\emph{x}}
            before = text;
            text = replace(COMMAND, text, m -> command(m.group(1), m.group(3), dropped));
        } while (!text.equals(before));
        text = text.replace("\\%", "%").replace("\\&", "&").replace("\\_", "_").replace("\\#", "#")
                .replace("\\$", "$").replace("\\{", "{").replace("\\}", "}").replace("---", "—").replace("--", "–")
                .replace("``", "\"").replace("''", "\"").replace("\\\\", "\n").replace("~", " ");
        text = replace(BARE_COMMAND, text, m -> switch (m.group(1)) {
            case "ldots", "dots" -> "…";
            case "noindent", "medskip", "bigskip", "smallskip", "newline", "par", "centering" -> "";
            default -> {
                dropped.add("\\" + m.group(1));
                yield "";
            }
        });
        for (int i = blocks.size() - 1; i >= 0; i--) { // a table's block holds its cells' math: it goes back first
            text = text.replace(placeholder(i), blocks.get(i));
        }
        String markdown = text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("(?m)^[ \\t]+(?![-*0-9`|])", "").replaceAll("\\n{3,}", "\n\n").strip();
        return new TexStatement(title, markdown, dropped);
    }

    private static String command(String name, String argument, Set<String> dropped) {
        return switch (name) {
            case "textbf" -> "**" + argument + "**";
            case "emph", "textit" -> "*" + argument + "*";
            case "texttt", "verb" -> "`" + argument + "`";
            case "url", "href" -> "<" + argument + ">";
            case "begin", "end" -> {
                if (!Set.of("center", "flushleft", "flushright", "quote").contains(argument)) {
                    dropped.add("\\begin{" + argument + "}");
                }
                yield "";
            }
            case "label", "ref", "cite", "footnote" -> "";
            default -> {
                dropped.add("\\" + name);
                yield argument;
            }
        };
    }

    private static String list(String body, boolean numbered) {
        String[] items = body.split("\\\\item\\b");
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (int i = 1; i < items.length; i++) {
            String item = items[i].strip().replaceAll("\\s*\\n\\s*", " ");
            out.append(numbered ? (n++) + ". " : "- ").append(item).append('\n');
        }
        return out.toString();
    }

    private static String table(String body) {
        List<List<String>> rows = new ArrayList<>();
        for (String row : body.replace("\\hline", "").split("\\\\\\\\")) {
            if (!row.isBlank()) {
                rows.add(List.of(row.strip().split("\\s*&\\s*")));
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (int c = 0; c < columns; c++) {
                out.append(' ').append(c < rows.get(r).size() ? rows.get(r).get(c).strip() : "").append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append("|").append(" --- |".repeat(columns)).append('\n');
            }
        }
        return out.toString();
    }

    private static String keep(List<String> blocks, String block) {
        blocks.add(block);
        return placeholder(blocks.size() - 1);
    }

    private static String placeholder(int i) {
        return "\u0000" + i + "\u0000";
    }

    private interface Replacement {
        String of(Matcher m);
    }

    private static String replace(Pattern pattern, String text, Replacement replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.of(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
