package dev.codedrill.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.TestCase;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A wrong design test says which call went wrong, with its arguments, rather than two long arrays to diff. */
class DesignFeedbackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OutputComparator EXACT = new OutputComparator(ComparatorSpec.EXACT);

    private static TestCase lru() throws IOException {
        return new TestCase(0, "t", JSON.readTree("""
                {"calls": ["LRUCache", "put", "put", "get", "put", "get"], "args": [[2], [1, 1], [2, 2], [1], [3, 3], [2]]}"""),
                JSON.readTree("[null, null, null, 1, null, -1]"), true);
    }

    @Test
    void theFirstCallThatDiffersIsNamedWithItsArgumentsAndBothValues() throws IOException {
        String feedback = DesignFeedback.of(lru(), JSON.readTree("[null, null, null, 1, null, 2]"), EXACT::matches);
        assertThat(feedback).isEqualTo("Call 6 of 6, get(2), returned 2; expected -1.");
    }

    @Test
    void aResultOfAnotherLengthSaysSoAndAMatchSaysNothing() throws IOException {
        assertThat(DesignFeedback.of(lru(), JSON.readTree("[null]"), EXACT::matches))
                .isEqualTo("The run returned 1 results for 6 calls.");
        JsonNode right = JSON.readTree("[null, null, null, 1, null, -1]");
        assertThat(DesignFeedback.of(lru(), right, EXACT::matches)).isEmpty();
    }
}
