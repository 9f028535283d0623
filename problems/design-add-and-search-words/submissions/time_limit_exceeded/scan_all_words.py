# Correct but slow: keeps the words in a list and compares each search with every stored word of
# the same length, letter by letter. With thousands of words and searches that is far too much.
class WordDictionary:
    def __init__(self):
        self.words = []

    def addWord(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for w in self.words:
            if len(w) == len(word) and all(p == "." or p == c for p, c in zip(word, w)):
                return True
        return False
