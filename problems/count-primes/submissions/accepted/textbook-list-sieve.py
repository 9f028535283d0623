# The sieve as a textbook writes it: a list of booleans, crossed off one multiple at a time.
# It is the intended algorithm, so it must be accepted in Python (languageTimeLimitsMs gives Python its own limit).
import sys

n = int(sys.stdin.readline())
if n < 2:
    print(0)
else:
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for multiple in range(p * p, n + 1, p):
                is_prime[multiple] = False
        p += 1
    print(sum(is_prime))
