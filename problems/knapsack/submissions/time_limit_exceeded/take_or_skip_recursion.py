# Correct but slow: for each item, tries both taking it and skipping it, without
# remembering results: up to 2^n combinations.
import sys

data = sys.stdin.buffer.read().split()
n, cap = int(data[0]), int(data[1])
items = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]


def best(i, room):
    if i == n:
        return 0
    w, v = items[i]
    skip = best(i + 1, room)
    if w <= room:
        return max(skip, v + best(i + 1, room - w))
    return skip


print(best(0, cap))
