package dev.codedrill.judge.go;

import dev.codedrill.problem.ValueType;

/** The Go spelling of a signature type (problem-spec.md), for the echo solutions. */
final class GoHarnessTypes {

    private GoHarnessTypes() {
    }

    static String of(ValueType type) {
        String scalar = switch (type.base()) {
            case INT -> "int";
            case LONG -> "int64";
            case DOUBLE -> "float64";
            case BOOL -> "bool";
            case STRING -> "string";
            case LIST_NODE -> "*ListNode";
            case TREE_NODE -> "*TreeNode";
        };
        return "[]".repeat(type.dims()) + scalar;
    }
}
