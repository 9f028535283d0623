package dev.codedrill.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;

/**
 * A type of the signature language (docs/architecture.md#value-types): a scalar, a one- or two-dimensional array of a
 * scalar, or a linked list / binary tree of ints (JSON arrays; trees in level order with nulls).
 */
public record ValueType(Base base, int dims) {

    /** The element types. */
    public enum Base {
        INT("int"), LONG("long"), DOUBLE("double"), BOOL("bool"), STRING("string"),
        LIST_NODE("ListNode"), TREE_NODE("TreeNode");

        private final String spelling;

        Base(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }

        public boolean node() {
            return this == LIST_NODE || this == TREE_NODE;
        }
    }

    public ValueType {
        if (dims < 0 || dims > 2) {
            throw new IllegalArgumentException("arrays have one or two dimensions");
        }
        if (base.node() && dims > 0) {
            throw new IllegalArgumentException(base.spelling() + " cannot be an array element");
        }
    }

    public static ValueType parse(String text) {
        String t = text.strip();
        int dims = 0;
        while (t.endsWith("[]")) {
            dims++;
            t = t.substring(0, t.length() - 2).strip();
        }
        for (Base base : Base.values()) {
            if (base.spelling().equals(t)) {
                if (dims > 2) {
                    throw new IllegalArgumentException("'" + text + "': at most two array dimensions");
                }
                return new ValueType(base, dims);
            }
        }
        throw new IllegalArgumentException("unknown type '" + t + "' (types: int, long, double, bool, string, T[], "
                + "T[][], ListNode, TreeNode)");
    }

    public ValueType element() {
        if (dims == 0) {
            throw new IllegalStateException(this + " is not an array");
        }
        return new ValueType(base, dims - 1);
    }

    @Override
    public String toString() {
        return base.spelling() + "[]".repeat(dims);
    }

    /** Why {@code value} is not of this type, naming the JSON path; empty when it is. */
    public Optional<String> check(JsonNode value, String path) {
        if (dims > 0) {
            if (!value.isArray()) {
                return Optional.of(path + " must be an array (" + this + "), not " + kind(value));
            }
            for (int i = 0; i < value.size(); i++) {
                Optional<String> fault = element().check(value.get(i), path + "[" + i + "]");
                if (fault.isPresent()) {
                    return fault;
                }
            }
            return Optional.empty();
        }
        return switch (base) {
            case INT -> integral(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
            case LONG -> value.isIntegralNumber() && value.canConvertToLong() ? Optional.empty()
                    : Optional.of(path + " must be a long (64-bit integer), not " + kind(value));
            case DOUBLE -> value.isNumber() ? Optional.empty() : Optional.of(path + " must be a number, not " + kind(value));
            case BOOL -> value.isBoolean() ? Optional.empty() : Optional.of(path + " must be true or false, not " + kind(value));
            case STRING -> value.isTextual() ? Optional.empty() : Optional.of(path + " must be a string, not " + kind(value));
            case LIST_NODE -> nodes(value, path, false);
            case TREE_NODE -> nodes(value, path, true);
        };
    }

    private static Optional<String> integral(JsonNode value, String path, long min, long max, String name) {
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            return Optional.of(path + " must be an " + name + " (32-bit integer), not " + kind(value));
        }
        return Optional.empty();
    }

    private static Optional<String> nodes(JsonNode value, String path, boolean nullsAllowed) {
        String what = nullsAllowed ? "TreeNode (a level-order array of ints and nulls)" : "ListNode (an array of ints)";
        if (!value.isArray()) {
            return Optional.of(path + " must be a " + what + ", not " + kind(value));
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode v = value.get(i);
            if (v.isNull() && nullsAllowed && i > 0) {
                continue;
            }
            Optional<String> fault = integral(v, path + "[" + i + "]", Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
            if (fault.isPresent()) {
                return Optional.of(fault.get() + (nullsAllowed && i == 0 ? " (the root cannot be null)" : ""));
            }
        }
        return Optional.empty();
    }

    static String kind(JsonNode value) {
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isTextual()) {
            String text = value.asText();
            return "the string \"" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "\"";
        }
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
