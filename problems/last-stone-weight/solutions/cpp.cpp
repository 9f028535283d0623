class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        // a max-heap of the weights: take the two heaviest, put back what is left of the heavier
        // one, until at most one stone remains
        priority_queue<int> heap(stones.begin(), stones.end());
        while (heap.size() > 1) {
            int y = heap.top();
            heap.pop();
            int x = heap.top();
            heap.pop();
            if (y != x) heap.push(y - x);
        }
        return heap.empty() ? 0 : heap.top();
    }
};
