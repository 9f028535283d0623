function suggestedProducts(products, searchWord) {
  // Sort the names once: the names that start with a prefix then form one block of the sorted
  // list, and its first three names are the suggestions. The block of a longer prefix lies inside
  // the block of a shorter one, so its start (found by binary search) never moves left.
  const names = products.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const result = [];
  let lo = 0;
  for (let i = 1; i <= searchWord.length; i++) {
    const prefix = searchWord.slice(0, i);
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const row = [];
    for (let j = lo; j < names.length && j < lo + 3; j++) {
      if (names[j].startsWith(prefix)) row.push(names[j]);
    }
    result.push(row);
  }
  return result;
}
