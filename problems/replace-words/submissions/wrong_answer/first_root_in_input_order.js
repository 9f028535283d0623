// Wrong: replaces a word by the first root of the input that begins it, which is not always the
// shortest one ("rainbow" given before "rain").
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const k = Number(data[0]);
const roots = data.slice(1, k + 1);
const out = [];
const seen = new Map();
for (const word of data.slice(k + 1)) {
  if (!seen.has(word)) {
    const root = roots.find(r => word.startsWith(r));
    seen.set(word, root === undefined ? word : root);
  }
  out.push(seen.get(word));
}
console.log(out.join(' '));
