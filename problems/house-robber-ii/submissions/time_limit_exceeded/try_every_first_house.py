# Correct but quadratic: for every house it builds the best plan in the row that is left after
# cutting the circle there, one O(n) pass each.
import sys


def best_in_row(a):
    take = skip = 0
    for x in a:
        take, skip = skip + x, max(take, skip)
    return max(take, skip)


data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
if n == 1:
    print(a[0])
else:
    best = 0
    for start in range(n):
        # rob `start` and solve the row between its two neighbours, or skip `start`
        row = a[start + 1:] + a[:start]
        best = max(best, a[start] + best_in_row(row[1:-1]), best_in_row(row))
    print(best)
