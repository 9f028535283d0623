# Correct but O(w^2): each word is inserted at the front of a Python list, which shifts all the
# words already there.
import sys

words = sys.stdin.readline().split()
result = []
for w in words:
    result.insert(0, w)
print(' '.join(result))
