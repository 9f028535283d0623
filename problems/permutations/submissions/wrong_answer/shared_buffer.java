import java.util.ArrayList;
import java.util.List;

// Mistake: stores the same working array for every permutation instead of a copy, so every saved
// permutation shows the array's final state.
class Solution {
    private final List<int[]> result = new ArrayList<>();

    public int[][] permute(int[] nums) {
        place(nums, new int[nums.length], new boolean[nums.length], 0);
        return result.toArray(new int[0][]);
    }

    private void place(int[] nums, int[] current, boolean[] used, int pos) {
        if (pos == nums.length) {
            result.add(current);
            return;
        }
        for (int i = 0; i < nums.length; i++) {
            if (!used[i]) {
                used[i] = true;
                current[pos] = nums[i];
                place(nums, current, used, pos + 1);
                used[i] = false;
            }
        }
    }
}
