import java.util.Collections;
import java.util.PriorityQueue;

// Mistake: the two middle numbers are added as ints before dividing, and two numbers near 2^31 add up
// to more than 2^31 - 1, so the sum wraps around to a negative number.
class MedianFinder {
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
        return (low.peek() + high.peek()) / 2.0;
    }
}
