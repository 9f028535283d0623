# Brute force: walks through all 2^(2n) strings of '(' and ')' in order and keeps the balanced
# ones. Correct, but for n = 12 that is almost 17 million strings.
import sys
from itertools import product

n = int(sys.stdin.read())
out = []
for chars in product('()', repeat=2 * n):
    depth = 0
    for ch in chars:
        depth += 1 if ch == '(' else -1
        if depth < 0:
            break
    if depth == 0:
        out.append(''.join(chars))
print('\n'.join(out))
