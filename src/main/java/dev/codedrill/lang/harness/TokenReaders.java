package dev.codedrill.lang.harness;

import dev.codedrill.problem.ValueType;

/** The names the script harnesses (Python, JavaScript, PHP) give their readers of the {@link InputEncoder} tokens. */
final class TokenReaders {

    private TokenReaders() {
    }

    /** The reader of one element of the type: r_int, r_double, r_bool, r_string, r_list or r_tree. */
    static String scalar(ValueType type) {
        return switch (type.base()) {
            case INT, LONG -> "r_int";
            case DOUBLE -> "r_double";
            case BOOL -> "r_bool";
            case STRING -> "r_string";
            case LIST_NODE -> "r_list";
            case TREE_NODE -> "r_tree";
        };
    }
}
