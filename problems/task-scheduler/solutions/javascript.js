/**
 * @param {character[]} tasks
 * @param {number} n
 * @return {number}
 */
function leastInterval(tasks, n) {
  // The most frequent task's m copies need (m - 1) gaps of n units between them: (m - 1) * (n + 1)
  // units plus one final slot per task that is also used m times. If the other tasks overflow the
  // gaps, no unit is idle and the answer is the number of tasks.
  const counts = new Array(26).fill(0);
  for (const t of tasks) counts[t.charCodeAt(0) - 65]++;
  let most = 0;
  let tied = 0;
  for (const c of counts) {
    if (c > most) {
      most = c;
      tied = 1;
    } else if (c === most) {
      tied++;
    }
  }
  return Math.max(tasks.length, (most - 1) * (n + 1) + tied);
}
