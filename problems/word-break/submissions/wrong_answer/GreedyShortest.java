// Wrong: at each position takes the shortest dictionary word that fits and never reconsiders, so
// "aab" with ["a", "aab"] takes "a" twice and is stuck with "b".
class Solution {
    public boolean wordBreak(String s, String[] wordDict) {
        int i = 0;
        while (i < s.length()) {
            String best = null;
            for (String w : wordDict) {
                if (s.startsWith(w, i) && (best == null || w.length() < best.length())) best = w;
            }
            if (best == null) return false;
            i += best.length();
        }
        return true;
    }
}
