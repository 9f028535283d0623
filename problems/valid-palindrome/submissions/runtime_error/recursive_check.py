# Checks the ends and recurses on the middle: a long palindrome goes deeper than Python's recursion
# limit and the program crashes.
import sys


def is_palindrome(s):
    if len(s) < 2:
        return True
    return s[0] == s[-1] and is_palindrome(s[1:-1])


line = sys.stdin.readline().rstrip("\r\n")
print("true" if is_palindrome([c.lower() for c in line if c.isalnum()]) else "false")
