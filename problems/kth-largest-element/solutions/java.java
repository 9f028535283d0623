import java.util.PriorityQueue;

class Solution {
    public int findKthLargest(int[] nums, int k) {
        // min-heap holding the k largest values seen so far; its top is the answer
        PriorityQueue<Integer> heap = new PriorityQueue<>(k);
        for (int x : nums) {
            if (heap.size() < k) {
                heap.add(x);
            } else if (x > heap.peek()) {
                heap.poll();
                heap.add(x);
            }
        }
        return heap.peek();
    }
}
