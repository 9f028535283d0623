import java.util.*;

class Solution {
    public boolean isNStraightHand(int[] hand, int groupSize) {
        // The smallest card left must start a group: take the values in increasing order; a value
        // with c cards left starts c groups, which take c cards of each of the next groupSize - 1
        // values. Sorted distinct values with their counts; O(n log n).
        int n = hand.length;
        if (n % groupSize != 0) return false;
        int[] sorted = hand.clone();
        Arrays.sort(sorted);
        int[] values = new int[n], counts = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m > 0 && values[m - 1] == sorted[i]) counts[m - 1]++;
            else { values[m] = sorted[i]; counts[m] = 1; m++; }
        }
        for (int i = 0; i < m; i++) {
            int c = counts[i];
            if (c == 0) continue;
            if (i + groupSize > m) return false;
            for (int k = 0; k < groupSize; k++) {
                int j = i + k;
                if ((long) values[j] != (long) values[i] + k || counts[j] < c) return false;
                counts[j] -= c;
            }
        }
        return true;
    }
}
