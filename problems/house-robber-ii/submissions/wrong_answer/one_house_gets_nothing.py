# Wrong: leaves out the first house or the last house, which is right for two or more houses, but
# with a single house both rows are empty and it prints 0 instead of that house's amount.
import sys


def best_in_row(a):
    take = skip = 0
    for x in a:
        take, skip = skip + x, max(take, skip)
    return max(take, skip)


data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
print(max(best_in_row(a[:-1]), best_in_row(a[1:])))
