class WordDictionary:
    # A prefix tree (trie) of dicts: each node maps a letter to a child, and "$" marks that an
    # added word ends there. A search follows its letters down the trie; a '.' branches into
    # every child, so an explicit stack holds the (node, position) pairs still to try.

    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        n = len(word)
        stack = [(self.root, 0)]
        while stack:
            node, i = stack.pop()
            if i == n:
                if "$" in node:
                    return True
                continue
            ch = word[i]
            if ch == ".":
                for key, child in node.items():
                    if key != "$":
                        stack.append((child, i + 1))
            else:
                child = node.get(ch)
                if child is not None:
                    stack.append((child, i + 1))
        return False
