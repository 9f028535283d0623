package dev.codedrill.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of tags a problem may carry (problems/README.md shows it): the topics learners practise, by which the
 * browser filters and counts, and a few finer tags that go with them. Every problem has at least one topic.
 */
public final class Tags {

    /** The topics, in the order the browser lists them, each with the name it shows. */
    private static final Map<String, String> TOPICS = ordered(
            "arrays", "Arrays & hashing",
            "two-pointers", "Two pointers",
            "sliding-window", "Sliding window",
            "stacks", "Stack",
            "binary-search", "Binary search",
            "linked-lists", "Linked list",
            "trees", "Trees",
            "tries", "Tries",
            "heaps", "Heap / priority queue",
            "backtracking", "Backtracking",
            "graphs", "Graphs",
            "dp-1d", "1-D dynamic programming",
            "dp-2d", "2-D dynamic programming",
            "greedy", "Greedy",
            "intervals", "Intervals",
            "math", "Math & geometry",
            "bit-manipulation", "Bit manipulation");

    /** Tags that are not topics: they say more about a problem of some topic. */
    private static final Map<String, String> OTHERS = ordered(
            "strings", "Strings",
            "hash-maps", "Hash maps",
            "sorting", "Sorting",
            "prefix-sums", "Prefix sums",
            "union-find", "Union-find",
            "topological-sort", "Topological order",
            "shortest-paths", "Shortest paths",
            "design", "Design",
            "matrix", "Matrix",
            "recursion", "Recursion");

    private Tags() {
    }

    private static Map<String, String> ordered(String... idsAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            map.put(idsAndNames[i], idsAndNames[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The topic tags, in the browser's order. */
    public static List<String> topics() {
        return List.copyOf(TOPICS.keySet());
    }

    public static boolean isTopic(String tag) {
        return TOPICS.containsKey(tag);
    }

    public static boolean isKnown(String tag) {
        return TOPICS.containsKey(tag) || OTHERS.containsKey(tag);
    }

    /** The name a tag is shown by ("Heap / priority queue"), for a known tag. */
    public static Optional<String> displayName(String tag) {
        return Optional.ofNullable(TOPICS.getOrDefault(tag, OTHERS.get(tag)));
    }

    /** Every known tag, topics first, for a message that lists them. */
    public static List<String> all() {
        List<String> all = new java.util.ArrayList<>(TOPICS.keySet());
        all.addAll(OTHERS.keySet());
        return List.copyOf(all);
    }

    /** A problem's topics: its tags that are topics, in its own order. */
    public static List<String> topicsOf(Problem problem) {
        return problem.tags().stream().filter(Tags::isTopic).toList();
    }
}
