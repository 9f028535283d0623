import java.util.*;

class Solution {
    public int[] countSmaller(int[] nums) {
        // Walk from the right end; a Fenwick tree over the ranks of the values counts how many of
        // the values already passed have a smaller rank. O(n log n).
        int n = nums.length;
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        int size = 0;
        for (int i = 0; i < n; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[size++] = sorted[i];
        int[] tree = new int[size + 1];
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            int r = Arrays.binarySearch(sorted, 0, size, nums[i]) + 1;
            int s = 0;
            for (int j = r - 1; j > 0; j &= j - 1) s += tree[j];
            out[i] = s;
            for (; r <= size; r += r & -r) tree[r]++;
        }
        return out;
    }
}
