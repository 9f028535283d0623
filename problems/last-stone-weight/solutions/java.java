import java.util.*;

class Solution {
    public int lastStoneWeight(int[] stones) {
        // a max-heap of the weights: take the two heaviest, put back what is left of the heavier
        // one, until at most one stone remains
        PriorityQueue<Integer> heap = new PriorityQueue<>(stones.length, Collections.reverseOrder());
        for (int s : stones) heap.offer(s);
        while (heap.size() > 1) {
            int y = heap.poll();
            int x = heap.poll();
            if (y != x) heap.offer(y - x);
        }
        return heap.isEmpty() ? 0 : heap.peek();
    }
}
