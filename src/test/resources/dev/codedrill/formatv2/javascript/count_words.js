/**
 * @param {string[]} words
 * @return {Object<string, number>}
 */
function countWords(words) {
    const counts = new Map();
    for (const w of words) counts.set(w, (counts.get(w) || 0) + 1);
    return counts;
}
