# Mistake (layout): splits on single spaces, so runs of spaces (and leading/trailing spaces) are
# kept in the output instead of being collapsed to single spaces.
import sys

line = sys.stdin.readline().rstrip('\n')
print(' '.join(reversed(line.split(' '))))
