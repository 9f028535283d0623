package dev.codedrill.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codedrill.problem.ValueType;

/**
 * Values a new problem's sample test starts with (see {@link ProblemScaffold}): an argument of each type that shows
 * its JSON shape, and the "zero" of a result type, which the author replaces with what the reference returns.
 */
final class SampleValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SampleValues() {
    }

    /** An argument of {@code type}: arrays of two elements, a list or tree of three nodes, a graph of two. */
    static JsonNode argument(ValueType type) {
        JsonNode element = element(type);
        for (int d = 0; d < type.dims(); d++) {
            ArrayNode array = JSON.arrayNode();
            array.add(element.deepCopy());
            array.add(element.deepCopy());
            element = array;
        }
        return element;
    }

    private static JsonNode element(ValueType type) {
        return switch (type.base()) {
            case INT, LONG -> JSON.numberNode(1);
            case DOUBLE -> JSON.numberNode(1.5);
            case BOOL -> JSON.booleanNode(true);
            case STRING -> JSON.textNode("abc");
            case CHAR -> JSON.textNode("a");
            case LIST_NODE, TREE_NODE -> JSON.arrayNode().add(1).add(2).add(3);
            case GRAPH_NODE -> JSON.arrayNode().add(JSON.arrayNode().add(2)).add(JSON.arrayNode().add(1));
            case MAP -> {
                ObjectNode map = JSON.objectNode();
                map.set(type.key().base() == ValueType.Base.INT ? "1" : "a", argument(type.value()));
                yield map;
            }
        };
    }

    /** The zero of a result: 0, false, "", an empty array, list, tree or map; null for a nullable result. */
    static JsonNode zero(ValueType type) {
        if (type.nullable()) {
            return JSON.nullNode();
        }
        if (type.dims() > 0) {
            return JSON.arrayNode();
        }
        return switch (type.base()) {
            case INT, LONG -> JSON.numberNode(0);
            case DOUBLE -> JSON.numberNode(0.0);
            case BOOL -> JSON.booleanNode(false);
            case STRING -> JSON.textNode("");
            case CHAR -> JSON.textNode("a");
            case LIST_NODE, TREE_NODE, GRAPH_NODE -> JSON.arrayNode();
            case MAP -> JSON.objectNode();
        };
    }
}
