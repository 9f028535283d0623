/**
 * @param {string[]} words
 * @return {string}
 */
function alienOrder(words) {
  // Neighbouring words give the only rules: their first differing letters are in order. A word
  // followed by its own proper prefix is impossible. Then Kahn's algorithm, always taking the
  // smallest letter (in English order) that has no rule left before it.
  const present = new Array(26).fill(false);
  for (const w of words) for (let i = 0; i < w.length; i++) present[w.charCodeAt(i) - 97] = true;
  const rule = Array.from({length: 26}, () => new Array(26).fill(false));
  const indegree = new Array(26).fill(0);
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k], b = words[k + 1];
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (i < a.length && i < b.length) {
      const x = a.charCodeAt(i) - 97, y = b.charCodeAt(i) - 97;
      if (!rule[x][y]) { rule[x][y] = true; indegree[y]++; }
    } else if (a.length > b.length) {
      return "";
    }
  }
  const taken = new Array(26).fill(false);
  let order = "", total = 0;
  for (let c = 0; c < 26; c++) if (present[c]) total++;
  while (true) {
    let c = 0;
    while (c < 26 && !(present[c] && !taken[c] && indegree[c] === 0)) c++;
    if (c === 26) break;
    taken[c] = true;
    order += String.fromCharCode(97 + c);
    for (let d = 0; d < 26; d++) if (rule[c][d]) indegree[d]--;
  }
  return order.length === total ? order : "";
}
