// Mistake: works the letters out as three per key from 'a' ('2' -> abc, '3' -> def, ...), which is
// right up to '6' but gives '7' the letters pqr, '8' stu and '9' vwx.
const digits = require('fs').readFileSync(0, 'utf8').split('\n')[0].trim();
if (digits.length > 0) {
  let combos = [''];
  for (const d of digits) {
    const first = 'a'.charCodeAt(0) + 3 * (Number(d) - 2);
    const letters = [0, 1, 2].map((k) => String.fromCharCode(first + k));
    const next = [];
    for (const c of combos) for (const letter of letters) next.push(c + letter);
    combos = next;
  }
  console.log(combos.join('\n'));
}
