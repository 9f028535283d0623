const [a, b] = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
if (a === '0' || b === '0') {
  console.log('0');
} else {
  const x = Array.from(a, (c) => c.charCodeAt(0) - 48);
  const y = Array.from(b, (c) => c.charCodeAt(0) - 48);
  const m = y.length;
  // digit i of a times digit j of b lands in column i + j + 1 of the product (counted from the
  // left); add all of them first (at most 2000 * 81 per column), carry once at the end
  const col = new Int32Array(x.length + m);
  for (let i = 0; i < x.length; i++) {
    const dx = x[i];
    if (dx === 0) continue;
    for (let j = 0; j < m; j++) col[i + j + 1] += dx * y[j];
  }
  let carry = 0;
  for (let k = col.length - 1; k >= 0; k--) {
    const t = col[k] + carry;
    col[k] = t % 10;
    carry = Math.floor(t / 10);
  }
  console.log(Array.from(col.subarray(col[0] === 0 ? 1 : 0)).join(''));
}
