class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        // sort, then for each value add a copy of every subset so far with the value appended:
        // the appended value is the largest yet, so every subset stays ascending. O(n * 2^n)
        vector<int> sorted(nums);
        sort(sorted.begin(), sorted.end());
        vector<vector<int>> result;
        result.reserve(size_t(1) << sorted.size());
        result.push_back({});
        for (int x : sorted) {
            size_t count = result.size();
            for (size_t i = 0; i < count; i++) {
                vector<int> s = result[i];
                s.push_back(x);
                result.push_back(move(s));
            }
        }
        return result;
    }
};
