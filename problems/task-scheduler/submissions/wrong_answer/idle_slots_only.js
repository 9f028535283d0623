/**
 * @param {character[]} tasks
 * @param {number} n
 * @return {number}
 */
// Counts the frame of the most frequent tasks but forgets that the other tasks may not fit into
// its gaps: with many different tasks the answer is the number of tasks.
function leastInterval(tasks, n) {
  const counts = {};
  for (const t of tasks) counts[t] = (counts[t] || 0) + 1;
  const values = Object.values(counts);
  const most = Math.max(...values);
  const tied = values.filter((c) => c === most).length;
  return (most - 1) * (n + 1) + tied;
}
