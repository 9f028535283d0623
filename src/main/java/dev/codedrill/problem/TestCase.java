package dev.codedrill.problem;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One test: for function problems {@code input} is an object with a value per parameter and {@code expected} the
 * return value; for stdio problems both are text nodes.
 *
 * @param expected      null for a custom input (nothing to compare with) and for a test that expects an error
 * @param expectedError for a function test whose call must raise or throw (Go and Rust: panic): the text the error
 *                      must contain, empty for any error; null for every other test
 */
public record TestCase(int index, String name, JsonNode input, JsonNode expected, boolean sample,
                       String expectedError) {

    public TestCase(int index, String name, JsonNode input, JsonNode expected, boolean sample) {
        this(index, name, input, expected, sample, null);
    }

    /** Whether the call must raise or throw. */
    public boolean expectsError() {
        return expectedError != null;
    }

    /** What is expected, as the results panel shows it: the value, or the error. */
    public String expectedText() {
        if (expectsError()) {
            return expectedError.isEmpty() ? "an error (raise or throw; Go and Rust: panic)"
                    : "an error whose message contains \"" + expectedError + "\"";
        }
        return expected == null ? "" : expected.toString();
    }
}
