function wordCount(text) {
  // a word is a maximal run of ASCII letters; lowercase first so that The, THE and the are one word.
  // A Map, not a plain object: a word such as "constructor" must not meet the object's inherited properties.
  const counts = new Map();
  for (const word of text.toLowerCase().match(/[a-z]+/g) || []) {
    counts.set(word, (counts.get(word) || 0) + 1);
  }
  return counts;
}
