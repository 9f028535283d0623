import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

class Solution {
    // ok[i]: the first i letters of s can be cut into dictionary words. ok[0] is true (nothing to
    // cut), and ok[i] is true when some word w ends at i with ok[i - len(w)] true. Only the
    // lengths that dictionary words have need to be tried.
    public boolean wordBreak(String s, String[] wordDict) {
        Set<String> words = new HashSet<>(Arrays.asList(wordDict));
        TreeSet<Integer> lengths = new TreeSet<>();
        for (String w : wordDict) lengths.add(w.length());
        int n = s.length();
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        for (int i = 1; i <= n; i++) {
            for (int len : lengths) {
                if (len > i) break;
                if (ok[i - len] && words.contains(s.substring(i - len, i))) {
                    ok[i] = true;
                    break;
                }
            }
        }
        return ok[n];
    }
}
