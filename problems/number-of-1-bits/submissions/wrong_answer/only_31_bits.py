# Mistake: looks at 31 bits only (range(31), the bits of a signed int's non-negative values), so the
# top bit of numbers from 2^31 up is never counted.
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for t in data[1:1 + q]:
    x = int(t)
    out.append(str(sum((x >> b) & 1 for b in range(31))))
print("\n".join(out))
