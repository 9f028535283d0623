// Mistake: stops at the first candidate larger than what is left, as the sorted solution does, but
// never sorts the candidates: the smaller ones after it are never tried, and the combinations come
// out in the order of the input instead of ascending.
class Solution {
    vector<vector<int>> result;
    vector<int> current;

    void extend(const vector<int>& values, size_t start, int left) {
        if (left == 0) {
            result.push_back(current);
            return;
        }
        for (size_t i = start; i < values.size() && values[i] <= left; i++) {
            current.push_back(values[i]);
            extend(values, i, left - values[i]);
            current.pop_back();
        }
    }

public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        extend(candidates, 0, target);
        return result;
    }
};
