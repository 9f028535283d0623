// Wrong: forgets that an odd total can never be split in two equal halves; it looks for half the
// total rounded down instead ([1, 2] -> true, since 1 is reachable).
class Solution {
    public boolean canPartition(int[] nums) {
        int total = 0;
        for (int x : nums) total += x;
        int target = total / 2;
        boolean[] reach = new boolean[target + 1];
        reach[0] = true;
        for (int x : nums) {
            for (int s = target; s >= x; s--) {
                if (reach[s - x]) reach[s] = true;
            }
        }
        return reach[target];
    }
}
