# Mistake: the 1-based inclusive range [l, r] is taken as the slice a[l-1:r-1], dropping a_r.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = [int(v) for v in data[2:2 + n]]
prefix = [0]
for v in a:
    prefix.append(prefix[-1] + v)
out = []
pos = 2 + n
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    out.append(prefix[r - 1] - prefix[l - 1])
print('\n'.join(map(str, out)))
