class Solution {
    public boolean isMatch(String s, String p) {
        int n = s.length();
        // the pattern as tokens: chars[t] with starred[t]
        char[] chars = new char[p.length()];
        boolean[] starred = new boolean[p.length()];
        int tokens = 0;
        for (int k = 0; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == '*') starred[tokens - 1] = true;
            else chars[tokens++] = c;
        }
        // cur[i]: s[i:] matches the tokens processed so far (a suffix of the pattern)
        boolean[] cur = new boolean[n + 1];
        boolean[] next = new boolean[n + 1];
        cur[n] = true;
        for (int t = tokens - 1; t >= 0; t--) {
            char c = chars[t];
            if (starred[t]) {
                next[n] = cur[n];
                for (int i = n - 1; i >= 0; i--) {
                    // use the starred token zero times, or once more
                    next[i] = cur[i] || ((c == '.' || s.charAt(i) == c) && next[i + 1]);
                }
            } else {
                next[n] = false;
                for (int i = 0; i < n; i++) next[i] = (c == '.' || s.charAt(i) == c) && cur[i + 1];
            }
            boolean[] tmp = cur;
            cur = next;
            next = tmp;
        }
        return cur[0];
    }
}
