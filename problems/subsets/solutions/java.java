import java.util.Arrays;

class Solution {
    public int[][] subsets(int[] nums) {
        // sort, then for each value add a copy of every subset so far with the value appended:
        // the appended value is the largest yet, so every subset stays ascending. O(n * 2^n)
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        int[][] result = new int[1 << sorted.length][];
        result[0] = new int[0];
        int count = 1;
        for (int x : sorted) {
            for (int i = 0, end = count; i < end; i++) {
                int[] s = Arrays.copyOf(result[i], result[i].length + 1);
                s[s.length - 1] = x;
                result[count++] = s;
            }
        }
        return result;
    }
}
