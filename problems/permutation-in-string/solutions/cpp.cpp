class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        int m = (int) s1.size(), n = (int) s2.size();
        if (m > n) return false;
        // diff[c] = (count of c in s1) - (count of c in the window of s2); `off` letters have diff != 0
        int diff[26] = {0};
        for (int i = 0; i < m; i++) {
            diff[s1[i] - 'a']++;
            diff[s2[i] - 'a']--;
        }
        int off = 0;
        for (int d : diff) if (d != 0) off++;
        if (off == 0) return true;
        for (int i = m; i < n; i++) {
            int a = s2[i] - 'a'; // enters the window
            if (diff[a] == 0) off++;
            diff[a]--;
            if (diff[a] == 0) off--;
            int b = s2[i - m] - 'a'; // leaves the window
            if (diff[b] == 0) off++;
            diff[b]++;
            if (diff[b] == 0) off--;
            if (off == 0) return true;
        }
        return false;
    }
};
