// The right algorithm, but counts in a 32-bit int: with 10^5 elements the count can pass 2^31 - 1
// and wraps around.
import java.util.HashMap;

class Solution {
    public long subarraysWithKDistinct(int[] nums, int k) {
        return atMost(nums, k) - atMost(nums, k - 1);
    }

    private int atMost(int[] nums, int limit) {
        if (limit <= 0) return 0;
        HashMap<Integer, Integer> count = new HashMap<>();
        int left = 0, total = 0;
        for (int right = 0; right < nums.length; right++) {
            count.merge(nums[right], 1, Integer::sum);
            while (count.size() > limit) {
                int y = nums[left++];
                int c = count.get(y) - 1;
                if (c == 0) count.remove(y); else count.put(y, c);
            }
            total += right - left + 1;
        }
        return total;
    }
}
