# Correct but slow: tests every number up to n by trial division up to its square
# root, about n * sqrt(n) / log(n) operations instead of a sieve's n log log n.
import sys


def is_prime(m):
    if m < 2:
        return False
    if m % 2 == 0:
        return m == 2
    d = 3
    while d * d <= m:
        if m % d == 0:
            return False
        d += 2
    return True


n = int(sys.stdin.buffer.read().split()[0])
print(sum(1 for m in range(n + 1) if is_prime(m)))
