// Records each letter's FIRST index instead of its last (the loop goes backwards).
class Solution {
public:
    vector<int> partitionLabels(string s) {
        int n = s.size(), last[26] = {0};
        for (int i = n - 1; i >= 0; i--) last[s[i] - 'a'] = i;
        vector<int> sizes;
        int start = 0, end = 0;
        for (int i = 0; i < n; i++) {
            end = max(end, last[s[i] - 'a']);
            if (i == end) {
                sizes.push_back(end - start + 1);
                start = i + 1;
            }
        }
        return sizes;
    }
};
