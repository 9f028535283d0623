function merge(intervals) {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  const result = [];
  for (const [start, end] of sorted) {
    if (result.length > 0 && start <= result[result.length - 1][1]) {
      const last = result[result.length - 1];
      if (end > last[1]) last[1] = end;
    } else {
      result.push([start, end]);
    }
  }
  return result;
}
