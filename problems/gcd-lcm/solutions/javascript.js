const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((x) => x.length > 0).map(Number);
const t = data[0];
const out = new Array(t);
for (let i = 0; i < t; i++) {
  const a = data[1 + 2 * i], b = data[2 + 2 * i];
  let x = a, y = b;
  while (y !== 0) {  // Euclid's algorithm (values <= 1e9 are exact as doubles)
    const r = x % y;
    x = y;
    y = r;
  }
  // the lcm can exceed 2^53, so the final product is done with BigInt
  out[i] = x + ' ' + (BigInt(a / x) * BigInt(b)).toString();
}
process.stdout.write(out.join('\n') + '\n');
