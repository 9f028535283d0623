// Wrong: sorts the numbers and only XORs neighbours. That finds the smallest XOR of a pair, not
// the largest: in [1, 2, 4, 8, 16, 31] the best pair is 1 ^ 31 = 30.
class Solution {
public:
    int findMaximumXOR(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        int best = 0;
        for (size_t i = 1; i < nums.size(); i++) best = max(best, nums[i - 1] ^ nums[i]);
        return best;
    }
};
