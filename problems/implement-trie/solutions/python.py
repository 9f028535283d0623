class Trie:
    # A prefix tree: each node is a dict from a letter to the child node; the key "$" marks a node
    # where an inserted word ends. Every call takes time proportional to its word's length.
    END = "$"

    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            child = node.get(ch)
            if child is None:
                child = node[ch] = {}
            node = child
        node[Trie.END] = True

    def _walk(self, text):
        node = self.root
        for ch in text:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and Trie.END in node

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
