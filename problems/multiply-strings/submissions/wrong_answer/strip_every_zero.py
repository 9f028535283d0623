# Schoolbook multiplication done right, but the leading zeros are removed with lstrip('0'),
# which also removes the only digit of a zero product: it prints an empty line instead of 0.
import sys

a, b = sys.stdin.read().split()
res = [0] * (len(a) + len(b))
for i in range(len(a) - 1, -1, -1):
    for j in range(len(b) - 1, -1, -1):
        t = res[i + j + 1] + (ord(a[i]) - 48) * (ord(b[j]) - 48)
        res[i + j + 1] = t % 10
        res[i + j] += t // 10
print(''.join(map(str, res)).lstrip('0'))
