/**
 * @param {number[]} hand
 * @param {number} groupSize
 * @return {boolean}
 */
function isNStraightHand(hand, groupSize) {
  // The smallest card left must start a group: take the values in increasing order; a value with
  // c cards left starts c groups, which take c cards of each of the next groupSize - 1 values.
  if (hand.length % groupSize !== 0) return false;
  const count = new Map();
  for (const v of hand) count.set(v, (count.get(v) || 0) + 1);
  const values = Float64Array.from(count.keys()).sort();
  for (const v of values) {
    const c = count.get(v);
    if (c === 0) continue;
    for (let w = v; w < v + groupSize; w++) {
      const have = count.get(w) || 0;
      if (have < c) return false;
      count.set(w, have - c);
    }
  }
  return true;
}
