/**
 * @param {number} target
 * @param {number[]} position
 * @param {number[]} speed
 * @return {number}
 */
function carFleet(target, position, speed) {
  // closest car to the target first; a car starts a new fleet only if it arrives strictly later
  // than the fleet in front of it. Times (target - p) / s are compared exactly by
  // cross-multiplying (the products stay below 10^12, exact in a double).
  const order = position.map((_, i) => i).sort((a, b) => position[b] - position[a]);
  let fleets = 0;
  let leadD = 0, leadS = 1; // arrival time of the fleet ahead: leadD / leadS
  for (const i of order) {
    const d = target - position[i], s = speed[i];
    if (d * leadS > leadD * s) {
      fleets++;
      leadD = d;
      leadS = s;
    }
  }
  return fleets;
}
