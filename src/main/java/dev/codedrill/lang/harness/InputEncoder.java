package dev.codedrill.lang.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the tests' arguments as the whitespace-separated tokens every harness reads ({@code input.txt}), so no
 * harness needs a JSON parser (docs/architecture.md#the-harness-input): the number of tests, then each test's
 * arguments in signature order.
 * <ul>
 * <li>int/long as decimals; double in Java's notation; bool as 1/0; a string as "s" and the hex of its UTF-8 bytes;
 * a char as its character code (printable ASCII, 32 to 126);</li>
 * <li>an array as its length and its elements;</li>
 * <li>a ListNode as its length, its values, then the index of the node its tail links to (LeetCode's {@code pos}),
 * -1 for none;</li>
 * <li>a TreeNode as its level-order length and tokens, "n" for null;</li>
 * <li>a GraphNode as its number of nodes n, then for each node 1..n its number of neighbours and their values (the
 * function gets node 1; no node when n is 0);</li>
 * <li>a map as its number of entries, then each key and value.</li>
 * </ul>
 * A design problem's test is its number of calls m, the constructor's arguments, then for each of the m-1 method
 * calls the method's number (its place in problem.json's list, from 0) and its arguments.
 */
public final class InputEncoder {

    private InputEncoder() {
    }

    /** A function or design problem's tests, as its harness reads them. */
    public static String encode(Problem problem, List<TestCase> tests) {
        return problem.kind() == ProblemKind.DESIGN ? encode(problem.design(), tests)
                : encode(problem.signature(), tests);
    }

    public static String encode(Signature signature, List<TestCase> tests) {
        StringBuilder out = new StringBuilder().append(tests.size()).append('\n');
        for (TestCase test : tests) {
            for (Signature.Param p : signature.params()) {
                write(out, p.type(), test.input().get(p.name()));
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A design problem's tests: each its calls, as the class's harness replays them. */
    public static String encode(DesignClass design, List<TestCase> tests) {
        StringBuilder out = new StringBuilder().append(tests.size()).append('\n');
        for (TestCase test : tests) {
            JsonNode calls = test.input().get("calls");
            JsonNode args = test.input().get("args");
            out.append(calls.size()).append('\n');
            writeAll(out, design.constructorParams(), args.get(0));
            for (int i = 1; i < calls.size(); i++) {
                DesignClass.Method method = design.method(calls.get(i).asText()).orElseThrow();
                out.append(design.index(method.name()));
                if (!method.params().isEmpty()) {
                    out.append(' ');
                }
                writeAll(out, method.params(), args.get(i));
            }
        }
        return out.toString();
    }

    private static void writeAll(StringBuilder out, List<Signature.Param> params, JsonNode values) {
        for (int j = 0; j < params.size(); j++) {
            write(out, params.get(j).type(), values.get(j));
            out.append(j + 1 < params.size() ? ' ' : '\n');
        }
        if (params.isEmpty()) {
            out.append('\n');
        }
    }

    private static void write(StringBuilder out, ValueType type, JsonNode value) {
        if (type.dims() > 0) {
            out.append(value.size());
            for (JsonNode element : value) {
                out.append(' ');
                write(out, type.element(), element);
            }
            return;
        }
        switch (type.base()) {
            case INT, LONG -> out.append(value.asLong());
            case DOUBLE -> out.append(Double.toString(value.asDouble()));
            case BOOL -> out.append(value.asBoolean() ? '1' : '0');
            case STRING -> string(out, value.asText());
            case CHAR -> out.append((int) value.asText().charAt(0));
            case LIST_NODE -> {
                JsonNode values = value.isObject() ? value.get("list") : value;
                out.append(values.size());
                values.forEach(v -> out.append(' ').append(v.asLong()));
                out.append(' ').append(value.isObject() ? value.get("pos").asLong() : -1);
            }
            case TREE_NODE -> {
                out.append(value.size());
                value.forEach(v -> out.append(' ').append(v.isNull() ? "n" : Long.toString(v.asLong())));
            }
            case GRAPH_NODE -> {
                out.append(value.size());
                for (JsonNode neighbours : value) {
                    out.append(' ').append(neighbours.size());
                    neighbours.forEach(v -> out.append(' ').append(v.asLong()));
                }
            }
            case MAP -> {
                out.append(value.size());
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    out.append(' ');
                    if (type.key().base() == ValueType.Base.INT) {
                        out.append(Long.parseLong(entry.getKey()));
                    } else {
                        string(out, entry.getKey());
                    }
                    out.append(' ');
                    write(out, type.value(), entry.getValue());
                }
            }
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('s').append(HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8)));
    }
}
