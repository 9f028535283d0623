class TrieNode {
  constructor() {
    this.children = new Array(26).fill(null); // one slot per letter 'a'..'z'
    this.word = false; // an inserted word ends here
  }
}

class Trie {
  // A prefix tree: every node has one child slot per letter and marks whether an inserted word
  // ends there. Every call walks down one node per letter of its argument.
  constructor() {
    this.root = new TrieNode();
  }

  /**
   * @param {string} word
   * @return {void}
   */
  insert(word) {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i) - 97;
      if (node.children[c] === null) node.children[c] = new TrieNode();
      node = node.children[c];
    }
    node.word = true;
  }

  walk(text) {
    let node = this.root;
    for (let i = 0; i < text.length && node !== null; i++) {
      node = node.children[text.charCodeAt(i) - 97];
    }
    return node;
  }

  /**
   * @param {string} word
   * @return {boolean}
   */
  search(word) {
    const node = this.walk(word);
    return node !== null && node.word;
  }

  /**
   * @param {string} prefix
   * @return {boolean}
   */
  startsWith(prefix) {
    return this.walk(prefix) !== null;
  }
}
