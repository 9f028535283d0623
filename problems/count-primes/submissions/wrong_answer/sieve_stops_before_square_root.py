# Wrong: the sieve loop runs while i * i < n instead of i * i <= n, so when n is
# the square of a prime (4, 9, 25, ...) that square is never crossed out.
import sys

n = int(sys.stdin.buffer.read().split()[0])
if n < 2:
    print(0)
else:
    sieve = bytearray([1]) * (n + 1)
    sieve[0] = sieve[1] = 0
    i = 2
    while i * i < n:
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
        i += 1
    print(sieve.count(1))
