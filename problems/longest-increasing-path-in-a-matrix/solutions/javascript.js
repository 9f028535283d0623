/**
 * @param {number[][]} matrix
 * @return {number}
 */
function longestIncreasingPath(matrix) {
  // Cells taken from the highest value down: each strictly higher neighbour is already final.
  const rows = matrix.length, cols = matrix[0].length, total = rows * cols;
  const flat = new Float64Array(total);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) flat[r * cols + c] = matrix[r][c];
  const order = new Int32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((a, b) => flat[b] - flat[a]);
  const best = new Int32Array(total);
  let answer = 0;
  for (let k = 0; k < total; k++) {
    const i = order[k], v = flat[i], c = i % cols;
    let b = 1;
    if (i >= cols && flat[i - cols] > v) b = Math.max(b, best[i - cols] + 1);
    if (i + cols < total && flat[i + cols] > v) b = Math.max(b, best[i + cols] + 1);
    if (c > 0 && flat[i - 1] > v) b = Math.max(b, best[i - 1] + 1);
    if (c + 1 < cols && flat[i + 1] > v) b = Math.max(b, best[i + 1] + 1);
    best[i] = b;
    if (b > answer) answer = b;
  }
  return answer;
}
