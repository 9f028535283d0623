package dev.codedrill.lang.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the tests' arguments as the whitespace-separated tokens every harness reads ({@code input.txt}), so no
 * harness needs a JSON parser: the number of tests, then each test's arguments in signature order.
 * int/long as decimals; double in Java's notation; bool as 1/0; a string as "s" and the hex of its UTF-8 bytes;
 * an array as its length and its elements; a ListNode as an int array; a TreeNode as its level-order length and
 * tokens, "n" for null.
 */
public final class InputEncoder {

    private InputEncoder() {
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

    private static void write(StringBuilder out, ValueType type, JsonNode value) {
        if (type.dims() > 0 || type.base() == ValueType.Base.LIST_NODE || type.base() == ValueType.Base.TREE_NODE) {
            out.append(value.size());
            for (JsonNode element : value) {
                out.append(' ');
                if (type.dims() > 0) {
                    write(out, type.element(), element);
                } else if (element.isNull()) {
                    out.append('n');
                } else {
                    out.append(element.asLong());
                }
            }
            return;
        }
        switch (type.base()) {
            case INT, LONG -> out.append(value.asLong());
            case DOUBLE -> out.append(Double.toString(value.asDouble()));
            case BOOL -> out.append(value.asBoolean() ? '1' : '0');
            case STRING -> out.append('s').append(HexFormat.of().formatHex(value.asText().getBytes(StandardCharsets.UTF_8)));
            default -> throw new IllegalStateException("unhandled type " + type);
        }
    }
}
