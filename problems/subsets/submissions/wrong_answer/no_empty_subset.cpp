// Mistake: a backtracking search that records a subset only when it adds a value to it, so the
// empty subset is never reported.
class Solution {
    vector<vector<int>> result;
    vector<int> current;
    void extend(const vector<int>& values, size_t from) {
        for (size_t i = from; i < values.size(); i++) {
            current.push_back(values[i]);
            result.push_back(current);
            extend(values, i + 1);
            current.pop_back();
        }
    }
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        vector<int> values(nums);
        sort(values.begin(), values.end());
        extend(values, 0);
        return result;
    }
};
