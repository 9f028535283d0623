import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class Solution {
    public int[][] threeSum(int[] nums) {
        // sort, fix the smallest value, find the other two with two pointers: O(n^2)
        int[] a = nums.clone();
        Arrays.sort(a);
        int n = a.length;
        List<int[]> res = new ArrayList<>();
        for (int i = 0; i < n - 2 && a[i] <= 0; i++) {
            if (i > 0 && a[i] == a[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int s = a[i] + a[lo] + a[hi];
                if (s < 0) lo++;
                else if (s > 0) hi--;
                else {
                    res.add(new int[] {a[i], a[lo], a[hi]});
                    int vlo = a[lo], vhi = a[hi];
                    while (lo < hi && a[lo] == vlo) lo++;
                    while (lo < hi && a[hi] == vhi) hi--;
                }
            }
        }
        return res.toArray(new int[0][]);
    }
}
