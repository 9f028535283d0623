package dev.codedrill.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line diff of two codes (java-diff-utils' Myers diff), as unified text and structured hunks. */
public final class CodeDiffer {

    private static final Pattern HUNK_HEADER = Pattern.compile("^@@ -(\\d+)(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@");

    private final int contextLines;

    public CodeDiffer(int contextLines) {
        if (contextLines < 0) {
            throw new IllegalArgumentException("contextLines must not be negative");
        }
        this.contextLines = contextLines;
    }

    public CodeDiff diff(String olderName, String olderCode, String newerName, String newerCode) {
        List<String> older = olderCode.lines().toList();
        List<String> newer = newerCode.lines().toList();
        Patch<String> patch = DiffUtils.diff(older, newer);
        if (patch.getDeltas().isEmpty()) {
            return new CodeDiff("", List.of());
        }
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(olderName, newerName, older, patch, contextLines);
        return new CodeDiff(String.join("\n", unified) + "\n", hunksOf(unified));
    }

    // The hunks are read back from the unified text so that both views always agree.
    private static List<DiffHunk> hunksOf(List<String> unified) {
        List<DiffHunk> hunks = new ArrayList<>();
        int oldStart = -1;
        int newStart = -1;
        List<DiffLine> lines = new ArrayList<>();
        for (String line : unified) {
            Matcher header = HUNK_HEADER.matcher(line);
            if (header.find()) {
                if (oldStart >= 0) {
                    hunks.add(new DiffHunk(oldStart, newStart, lines));
                }
                oldStart = Integer.parseInt(header.group(1));
                newStart = Integer.parseInt(header.group(2));
                lines = new ArrayList<>();
            } else if (oldStart >= 0 && !line.isEmpty()) {
                lines.add(new DiffLine(changeOf(line.charAt(0)), line.substring(1)));
            } else if (oldStart >= 0) {
                lines.add(new DiffLine(DiffLine.Change.CONTEXT, ""));
            }
        }
        if (oldStart >= 0) {
            hunks.add(new DiffHunk(oldStart, newStart, lines));
        }
        return hunks;
    }

    private static DiffLine.Change changeOf(char marker) {
        return switch (marker) {
            case '+' -> DiffLine.Change.ADDED;
            case '-' -> DiffLine.Change.REMOVED;
            case ' ' -> DiffLine.Change.CONTEXT;
            default -> throw new IllegalStateException("unexpected unified diff line marker '" + marker + "'");
        };
    }
}
