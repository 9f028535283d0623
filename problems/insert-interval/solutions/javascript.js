/**
 * @param {number[][]} intervals
 * @param {number[]} newInterval
 * @return {number[][]}
 */
function insert(intervals, newInterval) {
  let [start, end] = newInterval;
  const result = [];
  const n = intervals.length;
  let i = 0;
  while (i < n && intervals[i][1] < start) {
    result.push(intervals[i]);
    i++;
  }
  while (i < n && intervals[i][0] <= end) {
    start = Math.min(start, intervals[i][0]);
    end = Math.max(end, intervals[i][1]);
    i++;
  }
  result.push([start, end]);
  for (; i < n; i++) result.push(intervals[i]);
  return result;
}
