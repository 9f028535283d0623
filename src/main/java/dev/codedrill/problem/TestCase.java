package dev.codedrill.problem;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One test: for function problems {@code input} is an object with a value per parameter and {@code expected} the
 * return value; for stdio problems both are text nodes.
 */
public record TestCase(int index, String name, JsonNode input, JsonNode expected, boolean sample) {
}
