function uniquePaths(m, n) {
  // row[j] = number of routes to the cell of the current row in column j (all below 2^53, exact)
  const row = new Array(n).fill(1);
  for (let i = 1; i < m; i++) {
    for (let j = 1; j < n; j++) row[j] += row[j - 1]; // from above plus from the left
  }
  return row[n - 1];
}
