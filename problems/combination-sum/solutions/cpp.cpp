class Solution {
    vector<int> values;
    vector<vector<int>> result;
    vector<int> current;

    void extend(size_t start, int left) {
        if (left == 0) {
            result.push_back(current);
            return;
        }
        for (size_t i = start; i < values.size() && values[i] <= left; i++) {
            current.push_back(values[i]);
            extend(i, left - values[i]);
            current.pop_back();
        }
    }

public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        // backtracking over the sorted candidates: a combination takes its values in ascending
        // order (the next value is never smaller than the last), and the loop stops at the first
        // candidate larger than what is left of the target
        values = candidates;
        result.clear();
        current.clear();
        sort(values.begin(), values.end());
        extend(0, target);
        return result;
    }
};
