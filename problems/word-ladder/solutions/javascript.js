/**
 * @param {string} beginWord
 * @param {string} endWord
 * @param {string[]} wordList
 * @return {number}
 */
function ladderLength(beginWord, endWord, wordList) {
  // Breadth-first search over words. Words one letter apart share a pattern with that letter
  // replaced by '*'; each pattern's bucket of words is used once, then deleted.
  const words = new Set(wordList);
  if (!words.has(endWord)) return 0;
  const length = beginWord.length;
  const buckets = new Map();
  for (const w of words) {
    for (let i = 0; i < length; i++) {
      const p = w.slice(0, i) + '*' + w.slice(i + 1);
      const b = buckets.get(p);
      if (b) b.push(w); else buckets.set(p, [w]);
    }
  }
  const seen = new Set([beginWord]);
  let frontier = [beginWord];
  let steps = 1;
  while (frontier.length > 0) {
    steps++;
    const next = [];
    for (const w of frontier) {
      for (let i = 0; i < length; i++) {
        const p = w.slice(0, i) + '*' + w.slice(i + 1);
        const bucket = buckets.get(p);
        if (!bucket) continue;
        buckets.delete(p);
        for (const v of bucket) {
          if (seen.has(v)) continue;
          if (v === endWord) return steps;
          seen.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return 0;
}
