import java.util.ArrayList;
import java.util.List;

class Solution {
    private final List<int[]> result = new ArrayList<>();
    private int[] nums;
    private int[] current;
    private boolean[] used;

    public int[][] permute(int[] nums) {
        // backtracking: fill the positions one by one with a value not used yet. O(n * n!)
        this.nums = nums;
        result.clear();
        current = new int[nums.length];
        used = new boolean[nums.length];
        place(0);
        return result.toArray(new int[0][]);
    }

    private void place(int pos) {
        if (pos == nums.length) {
            result.add(current.clone());
            return;
        }
        for (int i = 0; i < nums.length; i++) {
            if (!used[i]) {
                used[i] = true;
                current[pos] = nums[i];
                place(pos + 1);
                used[i] = false;
            }
        }
    }
}
