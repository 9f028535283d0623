class Solution {
    vector<vector<int>> result;
    vector<int> current;
    vector<bool> used;

    void place(const vector<int>& nums) {
        if (current.size() == nums.size()) {
            result.push_back(current);
            return;
        }
        for (size_t i = 0; i < nums.size(); i++) {
            if (!used[i]) {
                used[i] = true;
                current.push_back(nums[i]);
                place(nums);
                current.pop_back();
                used[i] = false;
            }
        }
    }

public:
    vector<vector<int>> permute(vector<int>& nums) {
        // backtracking: fill the positions one by one with a value not used yet. O(n * n!)
        used.assign(nums.size(), false);
        current.clear();
        result.clear();
        place(nums);
        return result;
    }
};
