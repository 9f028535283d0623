import java.util.*;

// Correct but slow: before every group, scans all the counts for the smallest card left. With
// 100000 different cards in groups of two that is 50000 scans of up to 100000 entries.
class Solution {
    public boolean isNStraightHand(int[] hand, int groupSize) {
        if (hand.length % groupSize != 0) return false;
        Map<Integer, Integer> count = new HashMap<>();
        for (int v : hand) count.merge(v, 1, Integer::sum);
        while (!count.isEmpty()) {
            int smallest = Integer.MAX_VALUE;
            for (int v : count.keySet()) smallest = Math.min(smallest, v);
            for (long w = smallest; w < (long) smallest + groupSize; w++) {
                Integer have = count.get((int) w);
                if (have == null) return false;
                if (have == 1) count.remove((int) w);
                else count.put((int) w, have - 1);
            }
        }
        return true;
    }
}
