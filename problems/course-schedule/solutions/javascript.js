function canFinish(numCourses, prerequisites) {
  // Kahn's algorithm: repeatedly take a course whose prerequisites are all done
  const indegree = new Array(numCourses).fill(0);
  const unlocks = Array.from({ length: numCourses }, () => []);
  for (const [a, b] of prerequisites) {
    unlocks[b].push(a);
    indegree[a]++;
  }
  const queue = [];
  for (let i = 0; i < numCourses; i++) if (indegree[i] === 0) queue.push(i);
  let head = 0;
  while (head < queue.length) {
    const c = queue[head++];
    for (const next of unlocks[c]) {
      if (--indegree[next] === 0) queue.push(next);
    }
  }
  return queue.length === numCourses;
}
