# Keeps only the letters, as if digits were punctuation too: "1a2" looks like a palindrome.
import sys

line = sys.stdin.readline().rstrip("\r\n")
clean = [c.lower() for c in line if c.isalpha()]
print("true" if clean == clean[::-1] else "false")
