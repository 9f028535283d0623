# Wrong: a search succeeds as soon as its letters can be followed down the trie, without checking
# that an added word ends there, so the beginning of a word counts as a word.
class WordDictionary:
    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        stack = [(self.root, 0)]
        while stack:
            node, i = stack.pop()
            if i == len(word):
                return True
            if word[i] == ".":
                stack.extend((child, i + 1) for key, child in node.items() if key != "$")
            elif word[i] in node:
                stack.append((node[word[i]], i + 1))
        return False
