const n = parseInt(require('fs').readFileSync(0, 'utf8').trim(), 10);

function countPrimes(n) {
  if (n < 2) return 0;
  const composite = new Uint8Array(n + 1);
  let count = 0;
  for (let i = 2; i <= n; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j <= n; j += i) composite[j] = 1;
  }
  return count;
}

console.log(String(countPrimes(n)));
