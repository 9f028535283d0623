// Correct but slow: keeps the numbers unsorted and sorts a copy on every findMedian, O(n log n) per
// query.
class MedianFinder {
    vector<int> nums;

public:
    MedianFinder() {}

    void addNum(int num) {
        nums.push_back(num);
    }

    double findMedian() {
        vector<int> sorted = nums;
        sort(sorted.begin(), sorted.end());
        size_t n = sorted.size();
        if (n % 2 == 1) return sorted[n / 2];
        return ((long long)sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
};
