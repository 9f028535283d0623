class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (int i = 0; i < t.length(); i++) need[t.charAt(i)]++;
        int missing = t.length();  // characters of t not yet covered by the window
        int bestStart = 0, bestLen = s.length() + 1;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            if (need[c] > 0) missing--;
            need[c]--;
            while (missing == 0) {
                // window s[left..right] is valid; record it, then shrink from the left
                if (right - left + 1 < bestLen) {  // strict: keeps the leftmost minimum
                    bestStart = left;
                    bestLen = right - left + 1;
                }
                char lc = s.charAt(left);
                need[lc]++;
                if (need[lc] > 0) missing++;
                left++;
            }
        }
        return bestLen <= s.length() ? s.substring(bestStart, bestStart + bestLen) : "";
    }
}
