package dev.codedrill.failure;

import static dev.codedrill.testing.PlainText.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFaultsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{\"a\": 1,}`             | 1, column 9 | a field name in double quotes was expected, not '}' (is there a comma too many before it?)",
        "`[1, 2,]`                 | 1, column 7  | a value was expected, not ']' (is there a comma too many before it?)",
        "`{\"a\": 1 \"b\": 2}`     | 1, column 9 | a comma or '}' was expected, not '\"' (is a comma missing?)",
        "`[1 2]`                   | 1, column 4  | a comma or ']' was expected, not '2' (is a comma missing?)",
        "`{\"a\" 1}`               | 1, column 6  | a ':' was expected after the field name, not '1'",
        "`{\"a\": hello}`          | 1, column 12 | 'hello' is not a JSON value",
        "`{\"a\": [1, 2}`          | 1, column 12 | '}' does not match the bracket or brace that is open",
        "`{\"a\": [1, 2]`          | 1, column 13 | the file ends before the JSON does",
        "`{// note\n\"a\": 1}`     | 1, column 2  | JSON has no comments ('/' is not allowed here)",
        "`{'a': 1}`                | 1, column 2  | a field name in double quotes was expected, not '''",
    })
    void aParserFaultIsSaidInWordsWithItsPlace(String json, String where, String reason) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> new ObjectMapper().readTree(json));

        assertThat(JsonFaults.where(e)).isEqualTo("line " + where);
        assertThat(JsonFaults.reason(e)).startsWith(reason);
        assertPlain(JsonFaults.reason(e));
    }
}
