class Solution {
public:
    int missingNumber(vector<int>& nums) {
        // XOR of all numbers 0..n and all cards: every present number appears twice and cancels.
        int acc = nums.size();
        for (int i = 0; i < (int) nums.size(); i++) acc ^= i ^ nums[i];
        return acc;
    }
};
