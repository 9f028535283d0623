# Wrong: counts the primes strictly below n (another common version of this task),
# so a prime n itself is left out.
import sys

n = int(sys.stdin.buffer.read().split()[0])
if n < 3:
    print(0)
else:
    sieve = bytearray([1]) * n
    sieve[0] = sieve[1] = 0
    i = 2
    while i * i < n:
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n, i)))
        i += 1
    print(sieve.count(1))
