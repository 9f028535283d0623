class Solution {
public:
    bool containsDuplicate(vector<int>& nums) {
        // remember every value seen; insert reports a value seen before
        unordered_set<int> seen;
        seen.reserve(nums.size() * 2);
        for (int x : nums) {
            if (!seen.insert(x).second) return true;
        }
        return false;
    }
};
