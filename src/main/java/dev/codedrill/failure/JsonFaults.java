package dev.codedrill.failure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a file that is not valid JSON, in words for whoever edits it (a config file, a problem's
 * problem.json or tests.json) instead of the parser's own message ("Unexpected character ('}' (code 125)): was
 * expecting double-quote to start field name").
 */
public final class JsonFaults {

    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern START_BYTE = Pattern.compile("(?i)^Invalid UTF-8 (?:start|middle) byte (0x[0-9a-f]+)");

    private JsonFaults() {
    }

    /** "line 3, column 14", 1-based, as the parser found it; empty when it does not say. */
    public static String where(JsonProcessingException e) {
        var location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + (location.getColumnNr() < 1 ? "" : ", column " + location.getColumnNr());
    }

    /** What is wrong at {@link #where}, e.g. "a field name in double quotes was expected, not '}'". */
    public static String reason(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip();
        String reason = reason(original);
        return RawText.isPlain(reason) ? reason : "this is not valid JSON";
    }

    /**
     * Why a well-formed JSON value does not fit where it is (the path is said separately): "unknown field
     * 'colour'", "'big' is not a whole number", "expected true or false"; a check of the value's own (an
     * {@link IllegalArgumentException} with words) is given as it is.
     */
    public static String mismatch(JsonMappingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason;
        if (root != e && !(root instanceof JsonProcessingException) && RawText.isPlain(root.getMessage())) {
            reason = root.getMessage(); // the value's own check, e.g. "fontSize must be between 8 and 48, not 7"
        } else if (e instanceof UnrecognizedPropertyException u) {
            reason = "unknown field '" + u.getPropertyName() + "'" + known(u.getKnownPropertyIds());
        } else if (e instanceof InvalidFormatException f) {
            reason = "'" + f.getValue() + "' is not " + kind(f.getTargetType());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            reason = "expected " + kind(m.getTargetType());
        } else {
            reason = RawText.plainPart(e.getOriginalMessage());
        }
        return RawText.isPlain(reason) && !reason.isBlank() ? reason : "this value does not fit here";
    }

    private static String known(Collection<Object> ids) {
        return ids == null || ids.isEmpty() ? ""
                : " (fields: " + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
    }

    /** What a value of the type is, as whoever writes the JSON thinks of it. */
    static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == java.nio.file.Path.class) {
            return "a text in double quotes";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()
                    .toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list in [ ]";
        }
        return "an object in { }";
    }

    static String reason(String original) {
        if (original.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON does (a bracket, brace or quote is not closed)";
        }
        Matcher close = CLOSE.matcher(original);
        if (close.find()) {
            return "'" + close.group(1) + "' does not match the bracket or brace that is open";
        }
        Matcher token = TOKEN.matcher(original);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a JSON value (text needs double quotes; true, false and null"
                    + " are lowercase)";
        }
        Matcher bad = START_BYTE.matcher(original);
        if (bad.find()) {
            return "a byte (" + bad.group(1).toUpperCase(Locale.ROOT).replace("0X", "0x") + ") is not UTF-8 text";
        }
        if (original.startsWith("Illegal unquoted character")) {
            return "a line break or other control character inside a string must be written escaped (\\n, \\t)";
        }
        if (original.startsWith("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers";
        }
        Matcher character = CHARACTER.matcher(original);
        if (character.find()) {
            String c = character.group(1);
            String found = c.startsWith("(") ? "a control character" : "'" + c + "'";
            boolean closing = c.equals("}") || c.equals("]");
            if (original.contains("maybe a (non-standard) comment")) {
                return "JSON has no comments (" + found + " is not allowed here)";
            }
            if (original.contains("double-quote to start field name")) {
                return "a field name in double quotes was expected, not " + found
                        + (closing ? " (is there a comma too many before it?)" : "");
            }
            if (original.contains("expected a value") || original.contains("expected a valid value")) {
                return "a value was expected, not " + found
                        + (closing || c.equals(",") ? " (is there a comma too many before it?)" : "");
            }
            if (original.contains("separate Object entries")) {
                return "a comma or '}' was expected, not " + found + " (is a comma missing?)";
            }
            if (original.contains("separate Array entries")) {
                return "a comma or ']' was expected, not " + found + " (is a comma missing?)";
            }
            if (original.contains("colon to separate field name and value")) {
                return "a ':' was expected after the field name, not " + found;
            }
            if (original.contains("expected space separating root-level values")) {
                return "there is more after the end of the JSON value, starting with " + found;
            }
            return found + " is not allowed here";
        }
        return "this is not valid JSON";
    }
}
