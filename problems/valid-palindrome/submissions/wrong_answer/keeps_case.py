# Skips what is not a letter or a digit but forgets to ignore case: 'A' and 'a' are different here.
import sys

line = sys.stdin.readline().rstrip("\r\n")
clean = [c for c in line if c.isalnum()]
print("true" if clean == clean[::-1] else "false")
