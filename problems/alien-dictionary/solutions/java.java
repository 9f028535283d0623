class Solution {
    public String alienOrder(String[] words) {
        // Neighbouring words give the only rules: their first differing letters are in order. A word
        // followed by its own proper prefix is impossible. Then Kahn's algorithm, always taking the
        // smallest letter (in English order) that has no rule left before it.
        boolean[] present = new boolean[26];
        for (String w : words) for (int i = 0; i < w.length(); i++) present[w.charAt(i) - 'a'] = true;
        boolean[][] rule = new boolean[26][26];
        int[] indegree = new int[26];
        for (int k = 0; k + 1 < words.length; k++) {
            String a = words[k], b = words[k + 1];
            int i = 0;
            while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
            if (i < a.length() && i < b.length()) {
                int x = a.charAt(i) - 'a', y = b.charAt(i) - 'a';
                if (!rule[x][y]) { rule[x][y] = true; indegree[y]++; }
            } else if (a.length() > b.length()) {
                return "";
            }
        }
        int total = 0;
        for (boolean p : present) if (p) total++;
        boolean[] taken = new boolean[26];
        StringBuilder order = new StringBuilder();
        while (true) {
            int c = 0;
            while (c < 26 && !(present[c] && !taken[c] && indegree[c] == 0)) c++;
            if (c == 26) break;
            taken[c] = true;
            order.append((char) ('a' + c));
            for (int d = 0; d < 26; d++) if (rule[c][d]) indegree[d]--;
        }
        return order.length() == total ? order.toString() : "";
    }
}
