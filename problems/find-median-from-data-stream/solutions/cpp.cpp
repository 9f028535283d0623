class MedianFinder {
    // Two heaps split the numbers into a lower half (a max-heap) and an upper half (a min-heap); the
    // lower half has as many numbers as the upper one, or one more. The median is the top of the
    // lower half, or the mean of both tops (added as 64-bit numbers: two numbers near 2^31 overflow
    // an int). addNum is O(log n), findMedian O(1).
    priority_queue<int> low;
    priority_queue<int, vector<int>, greater<int>> high;

public:
    MedianFinder() {}

    void addNum(int num) {
        if (low.empty() || num <= low.top()) low.push(num);
        else high.push(num);
        if (low.size() > high.size() + 1) {
            high.push(low.top());
            low.pop();
        } else if (high.size() > low.size()) {
            low.push(high.top());
            high.pop();
        }
    }

    double findMedian() {
        if (low.size() > high.size()) return low.top();
        return ((long long)low.top() + high.top()) / 2.0;
    }
};
