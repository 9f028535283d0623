import java.util.Collections;
import java.util.PriorityQueue;

class MedianFinder {
    // Two heaps split the numbers into a lower half (a max-heap) and an upper half (a min-heap); the
    // lower half has as many numbers as the upper one, or one more. The median is the top of the
    // lower half, or the mean of both tops (added as longs: two numbers near 2^31 overflow an int).
    // addNum is O(log n), findMedian O(1).
    private final PriorityQueue<Integer> low = new PriorityQueue<>(Collections.reverseOrder());
    private final PriorityQueue<Integer> high = new PriorityQueue<>();

    public MedianFinder() {
    }

    public void addNum(int num) {
        if (low.isEmpty() || num <= low.peek()) {
            low.add(num);
        } else {
            high.add(num);
        }
        if (low.size() > high.size() + 1) {
            high.add(low.poll());
        } else if (high.size() > low.size()) {
            low.add(high.poll());
        }
    }

    public double findMedian() {
        if (low.size() > high.size()) {
            return low.peek();
        }
        return ((long) low.peek() + high.peek()) / 2.0;
    }
}
