# Wrong: computes the lcm as a * b / gcd with true division; the double result is
# rounded once the lcm passes 2^53.
import sys
from math import gcd

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    g = gcd(a, b)
    out.append('%d %d' % (g, int(a * b / g)))
print('\n'.join(out))
