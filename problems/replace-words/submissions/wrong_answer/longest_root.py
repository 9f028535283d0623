# Wrong: walks the trie as far as the word allows and keeps the last root end it passed, so it
# replaces a word by its longest root instead of the shortest.
import sys

data = sys.stdin.read().split()
k = int(data[0])
trie = {}
for root in data[1:1 + k]:
    node = trie
    for ch in root:
        node = node.setdefault(ch, {})
    node["$"] = True
out = []
for word in data[1 + k:]:
    node = trie
    result = word
    for i, ch in enumerate(word):
        node = node.get(ch)
        if node is None:
            break
        if "$" in node:
            result = word[:i + 1]
    out.append(result)
print(" ".join(out))
