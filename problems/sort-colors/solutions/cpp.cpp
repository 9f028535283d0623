class Solution {
public:
    void sortColors(vector<int>& nums) {
        // three markers: nums[0, low) is red, nums(high, end] is blue, nums[low, mid) is white
        int low = 0, mid = 0, high = (int) nums.size() - 1;
        while (mid <= high) {
            if (nums[mid] == 0) {
                swap(nums[low++], nums[mid++]);
            } else if (nums[mid] == 1) {
                mid++;
            } else {
                swap(nums[mid], nums[high--]);
            }
        }
    }
};
