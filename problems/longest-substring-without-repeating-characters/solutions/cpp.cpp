class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        vector<int> last(128, -1); // character code -> last index where it was seen
        int best = 0;
        int start = 0; // the window s[start..i] has no repeated character
        for (int i = 0; i < (int) s.size(); i++) {
            unsigned char c = s[i];
            if (last[c] >= start) start = last[c] + 1;
            last[c] = i;
            best = max(best, i - start + 1);
        }
        return best;
    }
};
