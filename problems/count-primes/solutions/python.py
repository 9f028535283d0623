import sys


def count_primes(n):
    if n < 2:
        return 0
    # sieve over odd numbers only: index i stands for 2*i + 1
    size = (n + 1) // 2
    sieve = bytearray([1]) * size
    sieve[0] = 0  # 1 is not prime
    zeros = memoryview(bytes(size))  # slices of a memoryview are not copied
    i = 1
    while (2 * i + 1) ** 2 <= n:
        if sieve[i]:
            p = 2 * i + 1
            start = p * p // 2
            sieve[start::p] = zeros[:len(range(start, size, p))]
        i += 1
    return sieve.count(1) + 1  # + 1 for the prime 2


n = int(sys.stdin.buffer.read().split()[0])
print(count_primes(n))
