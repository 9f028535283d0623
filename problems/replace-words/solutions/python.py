import sys


def main():
    # Put the roots in a trie (nested dicts; the key "$" marks the end of a root). Each word walks
    # down the trie letter by letter: the first root end it meets is its shortest root; falling
    # off the trie (or reaching the word's end) first means no root begins it.
    data = sys.stdin.buffer.read().decode().split()
    k = int(data[0])
    trie = {}
    for root in data[1:1 + k]:
        node = trie
        for ch in root:
            if "$" in node:
                break           # a shorter root already covers this one
            node = node.setdefault(ch, {})
        node["$"] = True
    out = []
    for word in data[1 + k:]:
        node = trie
        replaced = word
        for i, ch in enumerate(word):
            node = node.get(ch)
            if node is None:
                break
            if "$" in node:
                replaced = word[:i + 1]
                break
        out.append(replaced)
    sys.stdout.write(" ".join(out) + "\n")


main()
