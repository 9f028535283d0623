/**
 * @param {number[][]} matrix
 * @return {void} Do not return anything, change matrix itself.
 */
function setZeroes(matrix) {
  // First mark the rows and columns holding a 0, then clear them: clearing at once would let the
  // new zeros spread too.
  const m = matrix.length, n = matrix[0].length;
  const zeroRow = new Uint8Array(m), zeroCol = new Uint8Array(n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (matrix[i][j] === 0) { zeroRow[i] = 1; zeroCol[j] = 1; }
    }
  }
  for (let i = 0; i < m; i++) {
    const row = matrix[i];
    for (let j = 0; j < n; j++) {
      if (zeroRow[i] || zeroCol[j]) row[j] = 0;
    }
  }
}
