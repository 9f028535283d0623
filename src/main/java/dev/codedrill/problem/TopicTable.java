package dev.codedrill.problem;

import java.util.List;

/**
 * The library's count of problems per topic and difficulty, as the Markdown table problems/README.md shows (made by
 * {@code codedrill topics}): a problem counts once under each of its topics; the totals count each problem once.
 */
public final class TopicTable {

    private TopicTable() {
    }

    public static String markdown(List<Problem> problems) {
        StringBuilder out = new StringBuilder("| Topic | Tag | Easy | Medium | Hard | All |\n|---|---|---:|---:|---:|---:|\n");
        for (String topic : Tags.topics()) {
            List<Problem> of = problems.stream().filter(p -> p.tags().contains(topic)).toList();
            row(out, Tags.displayName(topic).orElseThrow(), "`" + topic + "`", of);
        }
        row(out, "**All problems**", "", problems);
        out.append('\n');
        long stdio = problems.stream().filter(p -> p.kind() == ProblemKind.STDIO).count();
        long design = problems.stream().filter(p -> p.kind() == ProblemKind.DESIGN).count();
        out.append("Kinds: ").append(problems.size() - stdio - design).append(" function, ").append(design)
                .append(" design, ").append(stdio).append(" stdio.\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String name, String tag, List<Problem> problems) {
        out.append("| ").append(name).append(" | ").append(tag);
        for (Difficulty d : Difficulty.values()) {
            out.append(" | ").append(problems.stream().filter(p -> p.difficulty() == d).count());
        }
        out.append(" | ").append(problems.size()).append(" |\n");
    }
}
