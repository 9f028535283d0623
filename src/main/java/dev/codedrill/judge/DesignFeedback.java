package dev.codedrill.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codedrill.problem.TestCase;
import java.util.function.BiPredicate;

/**
 * Says where a design problem's sequence of calls first went wrong: the call, its arguments, what it returned and what
 * was expected, so that a learner need not diff two long arrays.
 */
final class DesignFeedback {

    /** Arguments longer than this are cut in the message. */
    private static final int ARGS_SHOWN = 80;

    private DesignFeedback() {
    }

    /** The first call whose result differs, in words; empty when none does (or the shapes differ). */
    static String of(TestCase test, JsonNode actual, BiPredicate<JsonNode, JsonNode> equal) {
        JsonNode expected = test.expected();
        JsonNode calls = test.input().path("calls");
        JsonNode args = test.input().path("args");
        if (expected == null || actual == null || !actual.isArray()) {
            return "";
        }
        if (actual.size() != expected.size()) {
            return "The run returned " + actual.size() + " results for " + expected.size() + " calls.";
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!equal.test(expected.get(i), actual.get(i))) {
                String shownArgs = args.path(i).toString();
                shownArgs = shownArgs.length() > 2 ? shownArgs.substring(1, shownArgs.length() - 1) : "";
                if (shownArgs.length() > ARGS_SHOWN) {
                    shownArgs = shownArgs.substring(0, ARGS_SHOWN) + "…";
                }
                return "Call " + (i + 1) + " of " + expected.size() + ", " + calls.path(i).asText() + "(" + shownArgs
                        + "), returned " + actual.get(i) + "; expected " + expected.get(i) + ".";
            }
        }
        return "";
    }
}
