function combinationSum(candidates, target) {
  // backtracking over the sorted candidates: a combination takes its values in ascending order
  // (the next value is never smaller than the last), and the loop stops at the first candidate
  // larger than what is left of the target
  const values = [...candidates].sort((a, b) => a - b);
  const result = [];
  const current = [];
  const extend = (start, left) => {
    if (left === 0) {
      result.push(current.slice());
      return;
    }
    for (let i = start; i < values.length && values[i] <= left; i++) {
      current.push(values[i]);
      extend(i, left - values[i]);
      current.pop();
    }
  };
  extend(0, target);
  return result;
}
