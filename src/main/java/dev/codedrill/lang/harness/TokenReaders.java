package dev.codedrill.lang.harness;

import dev.codedrill.problem.ValueType;

/**
 * The names the script harnesses (Python, JavaScript, PHP) give their readers of the {@link InputEncoder} tokens and
 * their writers of a returned value.
 */
public final class TokenReaders {

    private TokenReaders() {
    }

    /** The reader of one element of the type: r_int, r_double, r_bool, r_string, r_list or r_tree. */
    public static String scalar(ValueType type) {
        return switch (type.base()) {
            case INT, LONG -> "r_int";
            case DOUBLE -> "r_double";
            case BOOL -> "r_bool";
            case STRING -> "r_string";
            case LIST_NODE -> "r_list";
            case TREE_NODE -> "r_tree";
        };
    }

    /** The writer of a returned value: {@code list} (a linked list), {@code tree} (a binary tree) or {@code value}. */
    public static String writer(ValueType type) {
        return switch (type.base()) {
            case LIST_NODE -> "list";
            case TREE_NODE -> "tree";
            default -> "value";
        };
    }
}
