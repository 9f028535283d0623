// The letters of each key, in alphabetical order. Extending the combinations digit by digit, each
// combination followed by its letters in order, keeps the list in lexicographic order.
const KEYS = { 2: 'abc', 3: 'def', 4: 'ghi', 5: 'jkl', 6: 'mno', 7: 'pqrs', 8: 'tuv', 9: 'wxyz' };
const digits = require('fs').readFileSync(0, 'utf8').split('\n')[0].trim();
if (digits.length > 0) {
  let combos = [''];
  for (const d of digits) {
    const next = [];
    for (const c of combos) for (const letter of KEYS[d]) next.push(c + letter);
    combos = next;
  }
  process.stdout.write(combos.join('\n') + '\n');
}
