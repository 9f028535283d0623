class Solution {
public:
    vector<int> minInterval(vector<vector<int>>& intervals, vector<int>& queries) {
        vector<pair<int, int>> sorted;
        sorted.reserve(intervals.size());
        for (const auto& iv : intervals) sorted.push_back({iv[0], iv[1]});
        sort(sorted.begin(), sorted.end());
        vector<int> order(queries.size());
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return queries[a] < queries[b]; });
        vector<int> answers(queries.size(), -1);
        // (size, right) of the intervals that start at or before the current query, smallest first
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        size_t i = 0;
        for (int j : order) {
            int q = queries[j];
            while (i < sorted.size() && sorted[i].first <= q) {
                heap.push({sorted[i].second - sorted[i].first + 1, sorted[i].second});
                i++;
            }
            while (!heap.empty() && heap.top().second < q) heap.pop();
            if (!heap.empty()) answers[j] = heap.top().first;
        }
        return answers;
    }
};
