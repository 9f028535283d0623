# Correct but slow: compares every word with every root, about 10^9 comparisons with 20000 roots
# and 50000 words.
import sys

data = sys.stdin.read().split()
k = int(data[0])
roots = data[1:1 + k]
out = []
for word in data[1 + k:]:
    best = word
    for root in roots:
        if len(root) < len(best) and word.startswith(root):
            best = root
    out.append(best)
print(" ".join(out))
