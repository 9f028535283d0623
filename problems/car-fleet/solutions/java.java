import java.util.*;

class Solution {
    public int carFleet(int target, int[] position, int[] speed) {
        int n = position.length;
        // sort the indices by position, closest to the target first (packed into longs to sort primitives)
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = ((long) position[i] << 20) | i;
        Arrays.sort(keys);
        // a car starts a new fleet only if it arrives strictly later than the fleet in front of it;
        // times (target - p) / s are compared exactly: d1 / s1 > d2 / s2  <=>  d1 * s2 > d2 * s1
        int fleets = 0;
        long leadD = 0, leadS = 1;
        for (int k = n - 1; k >= 0; k--) {
            int i = (int) (keys[k] & ((1 << 20) - 1));
            long d = target - position[i], s = speed[i];
            if (d * leadS > leadD * s) {
                fleets++;
                leadD = d;
                leadS = s;
            }
        }
        return fleets;
    }
}
