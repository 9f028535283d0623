import java.util.HashMap;

class Solution {
    public long subarraysWithKDistinct(int[] nums, int k) {
        // exactly k = (at most k) - (at most k - 1)
        return atMost(nums, k) - atMost(nums, k - 1);
    }

    private long atMost(int[] nums, int limit) {
        if (limit <= 0) return 0;
        HashMap<Integer, Integer> count = new HashMap<>();
        int left = 0;
        long total = 0;
        for (int right = 0; right < nums.length; right++) {
            count.merge(nums[right], 1, Integer::sum);
            while (count.size() > limit) {
                int y = nums[left++];
                int c = count.get(y) - 1;
                if (c == 0) count.remove(y); else count.put(y, c);
            }
            // every subarray ending at right and starting in [left, right] has at most `limit` values
            total += right - left + 1;
        }
        return total;
    }
}
