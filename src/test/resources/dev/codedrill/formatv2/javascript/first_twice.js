/**
 * @param {string} s
 * @param {character[]} skip
 * @return {character|null}
 */
function firstTwice(s, skip) {
    const skipped = new Set(skip);
    const seen = new Set();
    for (const c of s) {
        if (skipped.has(c)) continue;
        if (seen.has(c)) return c;
        seen.add(c);
    }
    return null;
}
