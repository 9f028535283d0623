import java.util.*;

// Mistake: builds the order only from the letters that appear in some rule, so letters that no
// rule mentions (they may go anywhere, but must be in the answer) are left out.
class Solution {
    public String alienOrder(String[] words) {
        boolean[][] rule = new boolean[26][26];
        boolean[] used = new boolean[26];
        int[] indegree = new int[26];
        for (int k = 0; k + 1 < words.length; k++) {
            String a = words[k], b = words[k + 1];
            int i = 0;
            while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
            if (i < a.length() && i < b.length()) {
                int x = a.charAt(i) - 'a', y = b.charAt(i) - 'a';
                used[x] = used[y] = true;
                if (!rule[x][y]) { rule[x][y] = true; indegree[y]++; }
            } else if (a.length() > b.length()) {
                return "";
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        int total = 0;
        for (int c = 0; c < 26; c++) {
            if (!used[c]) continue;
            total++;
            if (indegree[c] == 0) ready.add(c);
        }
        StringBuilder order = new StringBuilder();
        while (!ready.isEmpty()) {
            int c = ready.poll();
            order.append((char) ('a' + c));
            for (int d = 0; d < 26; d++)
                if (rule[c][d] && --indegree[d] == 0) ready.add(d);
        }
        return order.length() == total ? order.toString() : "";
    }
}
