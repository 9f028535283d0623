package dev.codedrill.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;

/**
 * A type of the signature language (docs/architecture.md#value-types): a scalar, a one- or two-dimensional array of a
 * scalar, a linked list / binary tree of ints (JSON arrays; trees in level order with nulls) or an array of them, a
 * graph of int nodes (adjacency lists), or a map from string or int keys to a scalar or an array of scalars. A
 * {@code char} is one printable ASCII character (a JSON string of length 1). A result may be nullable, {@code int?}:
 * the function may return no value (JSON null).
 *
 * @param key      a map's key type (string or int), null for every other type
 * @param value    a map's value type, null for every other type
 * @param nullable whether the value may be absent (JSON null): only a scalar, and only as a result
 */
public record ValueType(Base base, int dims, ValueType key, ValueType value, boolean nullable) {

    /** The element types. */
    public enum Base {
        INT("int"), LONG("long"), DOUBLE("double"), BOOL("bool"), STRING("string"), CHAR("char"),
        LIST_NODE("ListNode"), TREE_NODE("TreeNode"), GRAPH_NODE("GraphNode"), MAP("map");

        private final String spelling;

        Base(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }

        /** A linked structure of nodes (a list, a tree, a graph), passed and returned by reference. */
        public boolean node() {
            return this == LIST_NODE || this == TREE_NODE || this == GRAPH_NODE;
        }

        /** int, long, double, bool, string or char. */
        public boolean scalar() {
            return !node() && this != MAP;
        }
    }

    private static final String TYPES = "int, long, double, bool, string, char, T[], T[][], ListNode, ListNode[], "
            + "TreeNode, TreeNode[], GraphNode, map<string, V>, map<int, V>; a result may be nullable: int?";

    /** The lowest and the highest character a {@code char} may hold: printable ASCII, the same in every language. */
    public static final char FIRST_CHAR = ' ';
    public static final char LAST_CHAR = '~';

    public ValueType {
        if (dims < 0 || dims > 2) {
            throw new IllegalArgumentException("arrays have one or two dimensions");
        }
        if ((base == ValueType.Base.LIST_NODE || base == ValueType.Base.TREE_NODE) && dims > 1) {
            throw new IllegalArgumentException(base.spelling() + "[] has one dimension at most");
        }
        if ((base == ValueType.Base.GRAPH_NODE || base == ValueType.Base.MAP) && dims > 0) {
            throw new IllegalArgumentException(base.spelling() + " cannot be an array element");
        }
        if ((base == ValueType.Base.MAP) != (key != null && value != null)) {
            throw new IllegalArgumentException("a map, and only a map, has a key and a value type");
        }
        if (key != null && (key.dims() > 0 || (key.base() != ValueType.Base.STRING && key.base() != ValueType.Base.INT))) {
            throw new IllegalArgumentException("a map's keys are string or int, not " + key);
        }
        if (value != null && (!value.base().scalar() || value.dims() > 1 || value.nullable())) {
            throw new IllegalArgumentException("a map's values are int, long, double, bool, string, char or an array "
                    + "of one of them, not " + value);
        }
        if (key != null && key.nullable()) {
            throw new IllegalArgumentException("a map's keys cannot be nullable");
        }
        if (nullable && (dims > 0 || !base.scalar())) {
            throw new IllegalArgumentException("only int, long, double, bool, string and char can be nullable (T?), "
                    + "not " + base.spelling() + "[]".repeat(dims));
        }
    }

    public ValueType(Base base, int dims, ValueType key, ValueType value) {
        this(base, dims, key, value, false);
    }

    public ValueType(Base base, int dims) {
        this(base, dims, null, null, false);
    }

    /** {@code map<key, value>}. */
    public static ValueType map(ValueType key, ValueType value) {
        return new ValueType(Base.MAP, 0, key, value);
    }

    /** The same type, not nullable: what a nullable result holds when it has a value. */
    public ValueType present() {
        return nullable ? new ValueType(base, dims, key, value, false) : this;
    }

    public boolean isMap() {
        return base == Base.MAP;
    }

    public static ValueType parse(String text) {
        String t = text.strip();
        if (t.endsWith("?")) {
            ValueType present = parse(t.substring(0, t.length() - 1));
            try {
                return new ValueType(present.base(), present.dims(), present.key(), present.value(), true);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
            }
        }
        if (t.startsWith("map<") || t.startsWith("map <")) {
            if (!t.endsWith(">")) {
                throw new IllegalArgumentException("'" + text + "': a map is written map<key, value>, and cannot be "
                        + "an array element");
            }
            String inner = t.substring(t.indexOf('<') + 1, t.length() - 1);
            int comma = inner.indexOf(',');
            if (comma < 0) {
                throw new IllegalArgumentException("'" + text + "': a map is written map<key, value>");
            }
            try {
                return map(parse(inner.substring(0, comma)), parse(inner.substring(comma + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
            }
        }
        int dims = 0;
        while (t.endsWith("[]")) {
            dims++;
            t = t.substring(0, t.length() - 2).strip();
        }
        for (Base base : Base.values()) {
            if (base.spelling().equals(t)) {
                if (dims > 2 || base == Base.MAP) {
                    break;
                }
                try {
                    return new ValueType(base, dims);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
                }
            }
        }
        if (dims > 2) {
            throw new IllegalArgumentException("'" + text + "': at most two array dimensions");
        }
        throw new IllegalArgumentException("unknown type '" + t + "' (types: " + TYPES + ")");
    }

    public ValueType element() {
        if (dims == 0) {
            throw new IllegalStateException(this + " is not an array");
        }
        return new ValueType(base, dims - 1);
    }

    @Override
    public String toString() {
        return (isMap() ? "map<" + key + ", " + value + ">" : base.spelling() + "[]".repeat(dims)) + (nullable ? "?" : "");
    }

    /** Why {@code value} is not of this type, naming the JSON path; empty when it is. */
    public Optional<String> check(JsonNode value, String path) {
        if (nullable && value.isNull()) {
            return Optional.empty();
        }
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
            case CHAR -> value.isTextual() && value.asText().length() == 1 && value.asText().charAt(0) >= FIRST_CHAR
                    && value.asText().charAt(0) <= LAST_CHAR ? Optional.empty()
                    : Optional.of(path + " must be a char (a string of one printable ASCII character, \"a\"), not "
                    + kind(value) + (nullable ? " or null" : ""));
            case LIST_NODE -> value.isObject() ? cycleList(value, path) : nodes(value, path, false);
            case TREE_NODE -> nodes(value, path, true);
            case GRAPH_NODE -> graph(value, path);
            case MAP -> mapOf(value, path);
        };
    }

    /** A list whose tail links back to one of its nodes, LeetCode's {@code pos}: {"list": [3,2,0,-4], "pos": 1}. */
    private static Optional<String> cycleList(JsonNode value, String path) {
        JsonNode list = value.get("list");
        JsonNode pos = value.get("pos");
        if (list == null || pos == null || value.size() != 2) {
            return Optional.of(path + " must be a ListNode: an array of ints, or {\"list\": [...], \"pos\": k} for "
                    + "a list whose tail links to node k");
        }
        Optional<String> fault = nodes(list, path + ".list", false);
        if (fault.isPresent()) {
            return fault;
        }
        if (!pos.isIntegralNumber() || pos.asLong() < -1 || pos.asLong() >= list.size()) {
            return Optional.of(path + ".pos must be -1 (no cycle) or the index of a node of the list (0 to "
                    + (list.size() - 1) + "), not " + kind(pos));
        }
        return Optional.empty();
    }

    /** A graph as adjacency lists: entry i holds the values of node i+1's neighbours (1 to n); [] is no graph. */
    private static Optional<String> graph(JsonNode value, String path) {
        if (!value.isArray()) {
            return Optional.of(path + " must be a GraphNode (adjacency lists: an array of arrays of node values "
                    + "1 to n), not " + kind(value));
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode neighbours = value.get(i);
            if (!neighbours.isArray()) {
                return Optional.of(path + "[" + i + "] must be the array of node " + (i + 1) + "'s neighbours, not "
                        + kind(neighbours));
            }
            for (int j = 0; j < neighbours.size(); j++) {
                JsonNode v = neighbours.get(j);
                if (!v.isIntegralNumber() || v.asLong() < 1 || v.asLong() > value.size()) {
                    return Optional.of(path + "[" + i + "][" + j + "] must be a node's value, 1 to " + value.size()
                            + ", not " + kind(v));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> mapOf(JsonNode node, String path) {
        if (!node.isObject()) {
            return Optional.of(path + " must be a JSON object (" + this + "), not " + kind(node));
        }
        for (var it = node.fields(); it.hasNext(); ) {
            var entry = it.next();
            String at = path + "[\"" + entry.getKey() + "\"]";
            if (key.base() == Base.INT) {
                try {
                    Integer.parseInt(entry.getKey());
                } catch (NumberFormatException e) {
                    return Optional.of(at + ": the keys of " + this + " are ints (written as JSON strings: \"7\"), not \""
                            + entry.getKey() + "\"");
                }
            }
            Optional<String> fault = value.check(entry.getValue(), at);
            if (fault.isPresent()) {
                return fault;
            }
        }
        return Optional.empty();
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
