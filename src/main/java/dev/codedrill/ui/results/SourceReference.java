package dev.codedrill.ui.results;

import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.support.LanguageSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A place in the learner's own file named by a compiler or a stack trace ({@code solution.cpp:12:5},
 * {@code File "solution.py", line 3}, {@code solution.php on line 4}), so the results panel can link it to the
 * editor. References to the harness's files are not the learner's and are ignored.
 *
 * @param column 1-based, or 1 when the tool gave none
 * @param start  where the reference starts in the text it was found in
 * @param end    where it ends (exclusive)
 */
public record SourceReference(int line, int column, int start, int end) {

    private static final String PLACE = "(?:\", line |:| on line )(\\d+)(?::(\\d+))?";
    /** The learner's file of a function problem in each language (Main.java and harness.go are the harness's). */
    private static final Pattern FUNCTION = files(LanguageSupport::functionFile);
    /** The learner's file of a stdio program in each language. */
    private static final Pattern STDIO = files(LanguageSupport::stdioFile);

    /** Any language's learner file of one kind, not part of a longer name, then the place. */
    private static Pattern files(Function<LanguageSupport, String> file) {
        return Pattern.compile("(?<![\\w.])(?:" + LanguageSupports.all().stream()
                .map(l -> Pattern.quote(file.apply(l))).collect(Collectors.joining("|")) + ")" + PLACE);
    }

    /** Every reference to the learner's file of a function problem in {@code text}, in order. */
    public static List<SourceReference> findAll(String text) {
        return findAll(text, false);
    }

    /** Every reference to the learner's file in {@code text}, in order. */
    public static List<SourceReference> findAll(String text, boolean stdio) {
        List<SourceReference> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = (stdio ? STDIO : FUNCTION).matcher(text);
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            int column = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            if (line > 0) {
                found.add(new SourceReference(line, column, m.start(), m.end()));
            }
        }
        return found;
    }
}
