# Mistake: reverses the characters of the line, so every word is spelled backwards.
import sys

line = sys.stdin.readline().rstrip('\n')
print(' '.join(line[::-1].split()))
