// Computes each arrival time with integer division, which drops the fraction: 7 / 2 becomes 3,
// so a car arriving at 3.5 seems to join a fleet arriving at 3.
import java.util.*;

class Solution {
    public int carFleet(int target, int[] position, int[] speed) {
        int n = position.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> position[b] - position[a]);
        int fleets = 0;
        int lead = 0;
        for (int i : order) {
            int time = (target - position[i]) / speed[i];
            if (time > lead) {
                fleets++;
                lead = time;
            }
        }
        return fleets;
    }
}
