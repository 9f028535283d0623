/**
 * @param {string[]} words
 * @return {string[][]}
 */
function groupAnagrams(words) {
  // two words are anagrams exactly when their sorted letters are equal
  const groups = new Map();
  for (const w of words) {
    const key = w.split('').sort().join('');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [w]);
    else group.push(w);
  }
  return Array.from(groups.values());
}
