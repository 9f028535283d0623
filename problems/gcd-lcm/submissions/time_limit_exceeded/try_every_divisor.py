# Correct but slow: tries every candidate from min(a, b) down to 1 until one divides
# both numbers; for coprime numbers near 10^9 that is 10^9 steps.
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    g = min(a, b)
    while a % g or b % g:
        g -= 1
    out.append('%d %d' % (g, a // g * b))
print('\n'.join(out))
