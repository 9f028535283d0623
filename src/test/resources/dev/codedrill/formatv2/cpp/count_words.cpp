class Solution {
public:
    unordered_map<string, int> countWords(vector<string>& words) {
        unordered_map<string, int> counts;
        for (const string& w : words) counts[w]++;
        return counts;
    }
};
