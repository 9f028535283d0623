class Solution {
public:
    string minWindow(string s, string t) {
        int need[128] = {0};
        for (char c : t) need[(int)c]++;
        int missing = t.size();  // characters of t not yet covered by the window
        int bestStart = 0, bestLen = (int)s.size() + 1;
        int left = 0;
        for (int right = 0; right < (int)s.size(); right++) {
            int c = s[right];
            if (need[c] > 0) missing--;
            need[c]--;
            while (missing == 0) {
                // window s[left..right] is valid; record it, then shrink from the left
                if (right - left + 1 < bestLen) {  // strict: keeps the leftmost minimum
                    bestStart = left;
                    bestLen = right - left + 1;
                }
                int lc = s[left];
                need[lc]++;
                if (need[lc] > 0) missing++;
                left++;
            }
        }
        return bestLen <= (int)s.size() ? s.substr(bestStart, bestLen) : "";
    }
};
