class WordDictionary {
  // A prefix tree (trie) in flat arrays: next[node * 26 + letter] is a child (0: none; node 0 is
  // the root) and end[node] marks that an added word ends there. A search follows its letters down
  // the trie; a '.' branches into every child of the node it reaches.
  constructor() {
    this.next = new Int32Array(26 * 1024);
    this.end = new Uint8Array(1024);
    this.size = 1;
  }

  /**
   * @param {string} word
   * @return {void}
   */
  addWord(word) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * 26 + word.charCodeAt(i) - 97;
      if (this.next[slot] === 0) {
        if (this.size === this.end.length) this.grow();
        this.next[slot] = this.size++;
      }
      node = this.next[slot];
    }
    this.end[node] = 1;
  }

  grow() {
    const next = new Int32Array(this.next.length * 2);
    next.set(this.next);
    const end = new Uint8Array(this.end.length * 2);
    end.set(this.end);
    this.next = next;
    this.end = end;
  }

  /**
   * @param {string} word
   * @return {boolean}
   */
  search(word) {
    return this.match(word, 0, 0);
  }

  match(word, i, node) {
    for (; i < word.length; i++) {
      const ch = word.charCodeAt(i);
      if (ch === 46) { // '.': try every child
        for (let c = 0; c < 26; c++) {
          const child = this.next[node * 26 + c];
          if (child !== 0 && this.match(word, i + 1, child)) return true;
        }
        return false;
      }
      node = this.next[node * 26 + ch - 97];
      if (node === 0) return false;
    }
    return this.end[node] === 1;
  }
}
