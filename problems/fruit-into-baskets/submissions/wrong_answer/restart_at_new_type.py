# When a third type appears, starts the new window at that tree alone, forgetting that the trees of
# the previous type just before it can stay in the window.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
kinds = set()
length = best = 0
for token in data[1:1 + n]:
    if token not in kinds and len(kinds) == 2:
        kinds = set()
        length = 0
    kinds.add(token)
    length += 1
    best = max(best, length)
print(best)
