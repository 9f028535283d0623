# Mistake: the answer starts at 1, as if there were always at least one number, so an input with no
# numbers prints 1 instead of 0.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
present = set(map(int, data[1:1 + n]))
best = 1
for x in present:
    if x - 1 not in present:
        y = x + 1
        while y in present:
            y += 1
        best = max(best, y - x)
print(best)
