class Solution {
public:
    int eraseOverlapIntervals(vector<vector<int>>& intervals) {
        vector<pair<int, int>> byEnd;
        byEnd.reserve(intervals.size());
        for (const auto& iv : intervals) byEnd.push_back({iv[1], iv[0]});
        sort(byEnd.begin(), byEnd.end());
        int removed = 0;
        long long lastEnd = LLONG_MIN;
        for (const auto& [end, start] : byEnd) {
            if (start >= lastEnd) lastEnd = end;
            else removed++;
        }
        return removed;
    }
};
