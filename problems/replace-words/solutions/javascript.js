// Put the roots in a trie (flat arrays: child[node * 26 + letter], 0: none; node 0 is the root;
// end[node] marks the end of a root). Each word walks down the trie letter by letter: the first
// root end it meets is its shortest root; falling off the trie (or reaching the word's end) first
// means no root begins it.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
const k = Number(data[0]);
let letters = 1;
for (let i = 1; i <= k; i++) letters += data[i].length;
const child = new Int32Array(letters * 26);
const end = new Uint8Array(letters);
let size = 1;
for (let i = 1; i <= k; i++) {
  const root = data[i];
  let node = 0;
  for (let j = 0; j < root.length && !end[node]; j++) {
    const slot = node * 26 + root.charCodeAt(j) - 97;
    if (child[slot] === 0) child[slot] = size++;
    node = child[slot];
  }
  end[node] = 1;
}
const out = [];
for (let i = k + 1; i < data.length; i++) {
  const word = data[i];
  let node = 0;
  let result = word;
  for (let j = 0; j < word.length; j++) {
    node = child[node * 26 + word.charCodeAt(j) - 97];
    if (node === 0) break;
    if (end[node]) {
      result = word.slice(0, j + 1);
      break;
    }
  }
  out.push(result);
}
process.stdout.write(out.join(' ') + '\n');
