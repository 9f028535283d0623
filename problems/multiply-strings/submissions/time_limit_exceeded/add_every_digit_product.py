# Reuses a string addition for everything: for every pair of digits, adds
# digit_a * digit_b * 10^(shift) to the running total. Correct, but that is one string addition
# of up to 4000 digits for each of the 4 million pairs.
import sys


def add(x, y):
    # x + y for decimal strings
    i, j = len(x) - 1, len(y) - 1
    out = []
    carry = 0
    while i >= 0 or j >= 0 or carry:
        s = carry
        if i >= 0:
            s += ord(x[i]) - 48
            i -= 1
        if j >= 0:
            s += ord(y[j]) - 48
            j -= 1
        out.append(chr(48 + s % 10))
        carry = s // 10
    return ''.join(reversed(out))


a, b = sys.stdin.read().split()
total = '0'
for i, da in enumerate(reversed(a)):
    for j, db in enumerate(reversed(b)):
        p = (ord(da) - 48) * (ord(db) - 48)
        if p:
            total = add(total, str(p) + '0' * (i + j))
total = total.lstrip('0') or '0'
print(total)
