class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        vector<vector<int>> sorted = intervals;
        sort(sorted.begin(), sorted.end(),
             [](const vector<int>& a, const vector<int>& b) { return a[0] < b[0]; });
        vector<vector<int>> result;
        for (const auto& iv : sorted) {
            if (!result.empty() && iv[0] <= result.back()[1]) {
                result.back()[1] = max(result.back()[1], iv[1]);
            } else {
                result.push_back({iv[0], iv[1]});
            }
        }
        return result;
    }
};
