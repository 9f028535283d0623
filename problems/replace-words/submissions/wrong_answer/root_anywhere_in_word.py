# Wrong: replaces a word by a root that occurs anywhere in it, not only at its beginning
# ("hotdog" becomes "dog").
import sys

data = sys.stdin.read().split()
k = int(data[0])
roots = sorted(set(data[1:1 + k]), key=len)
out = []
for word in data[1 + k:]:
    for root in roots:
        if root in word:
            word = root
            break
    out.append(word)
print(" ".join(out))
