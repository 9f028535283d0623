# Mistake (layout): prints one word per line instead of all words on one line separated by single
# spaces. Only a comparator that checks lines can reject it.
import sys

words = sys.stdin.readline().split()
print('\n'.join(reversed(words)))
