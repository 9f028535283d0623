/**
 * @param {number[][]} edges
 * @return {number[]}
 */
function findRedundantConnection(edges) {
  // Union-find in input order: the first edge whose ends are already connected closes the only
  // cycle, and it is the cycle's last edge in the input.
  const n = edges.length;
  const parent = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) parent[i] = i;
  for (const edge of edges) {
    let a = edge[0], b = edge[1];
    while (parent[a] !== a) { parent[a] = parent[parent[a]]; a = parent[a]; }
    while (parent[b] !== b) { parent[b] = parent[parent[b]]; b = parent[b]; }
    if (a === b) return edge;
    parent[a] = b;
  }
  return [];
}
