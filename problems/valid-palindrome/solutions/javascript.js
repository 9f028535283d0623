const input = require('fs').readFileSync(0, 'latin1');
const end = input.indexOf('\n');
const line = (end === -1 ? input : input.slice(0, end)).replace(/\r$/, '');

function isAlnum(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function lower(c) {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

// two pointers from both ends, each skipping what is not a letter or a digit
let i = 0, j = line.length - 1, ok = true;
while (i < j) {
  const a = line.charCodeAt(i), b = line.charCodeAt(j);
  if (!isAlnum(a)) i++;
  else if (!isAlnum(b)) j--;
  else if (lower(a) !== lower(b)) { ok = false; break; }
  else { i++; j--; }
}
console.log(ok ? 'true' : 'false');
