package dev.codedrill.lang.harness;

import dev.codedrill.problem.ValueType;

/**
 * The names the script harnesses (Python, JavaScript, PHP) give their readers of the {@link InputEncoder} tokens and
 * their writers of a returned value.
 */
public final class TokenReaders {

    private TokenReaders() {
    }

    /**
     * The reader of one element of the type: r_int, r_double, r_bool, r_string, r_char, r_list, r_tree or r_graph; a map's is
     * {@code r_map(keyReader, valueReader)} with its value's reader (an array's {@code r_arr(…)}) as an expression.
     */
    public static String scalar(ValueType type) {
        return switch (type.base()) {
            case INT, LONG -> "r_int";
            case DOUBLE -> "r_double";
            case BOOL -> "r_bool";
            case STRING -> "r_string";
            case CHAR -> "r_char";
            case LIST_NODE -> "r_list";
            case TREE_NODE -> "r_tree";
            case GRAPH_NODE -> "r_graph";
            case MAP -> throw new IllegalArgumentException("a map has no element reader: use the language's r_map");
        };
    }

    /**
     * The writer of a returned value: {@code list} (a linked list), {@code tree} (a binary tree), {@code graph} (a
     * graph, checked to be a copy), {@code lists} / {@code trees} (an array of them), {@code map} (a map, written as
     * a JSON object even when empty) or {@code value} (what JSON writes as it is).
     */
    public static String writer(ValueType type) {
        String nodes = switch (type.base()) {
            case LIST_NODE -> "list";
            case TREE_NODE -> "tree";
            case GRAPH_NODE -> "graph";
            case MAP -> "map";
            default -> "value";
        };
        return type.dims() > 0 && type.base().node() ? nodes + "s" : nodes;
    }
}
