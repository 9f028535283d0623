function twoSumSorted(numbers, target) {
  // two pointers: a sum too small can only grow by moving the left one, a sum too large can only
  // shrink by moving the right one
  let lo = 0, hi = numbers.length - 1;
  while (lo < hi) {
    const s = numbers[lo] + numbers[hi];
    if (s === target) return [lo + 1, hi + 1];
    if (s < target) lo++;
    else hi--;
  }
  return [];
}
