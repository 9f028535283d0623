import java.util.ArrayList;
import java.util.List;

class Solution {
    private String s;
    private boolean[][] pal;
    private final List<String[]> result = new ArrayList<>();
    private final List<String> pieces = new ArrayList<>();

    public String[][] partition(String s) {
        // pal[i][j]: s[i..j] is a palindrome (from the inside out), then backtracking: the next
        // piece starts where the last one ended and must be a palindrome, so every branch ends in an
        // answer
        this.s = s;
        result.clear();
        pieces.clear();
        int n = s.length();
        pal = new boolean[n][n];
        for (int i = n - 1; i >= 0; i--)
            for (int j = i; j < n; j++)
                pal[i][j] = s.charAt(i) == s.charAt(j) && (j - i < 2 || pal[i + 1][j - 1]);
        cut(0);
        return result.toArray(new String[0][]);
    }

    private void cut(int start) {
        if (start == s.length()) {
            result.add(pieces.toArray(new String[0]));
            return;
        }
        for (int end = start; end < s.length(); end++) {
            if (pal[start][end]) {
                pieces.add(s.substring(start, end + 1));
                cut(end + 1);
                pieces.remove(pieces.size() - 1);
            }
        }
    }
}
