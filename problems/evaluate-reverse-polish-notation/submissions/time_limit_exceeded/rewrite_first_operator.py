# Correct but slow: finds the first operator in the list, evaluates it with the two
# numbers before it, replaces those three tokens by the result and starts again.
# Every replacement shifts the rest of the list: O(n^2).
class Solution:
    def evalRPN(self, tokens):
        items = list(tokens)
        while len(items) > 1:
            i = 0
            while items[i] not in ('+', '-', '*', '/'):
                i += 1
            a, b, op = int(items[i - 2]), int(items[i - 1]), items[i]
            if op == '+':
                r = a + b
            elif op == '-':
                r = a - b
            elif op == '*':
                r = a * b
            else:
                q = abs(a) // abs(b)
                r = q if (a >= 0) == (b > 0) else -q
            items[i - 2:i + 1] = [str(r)]
        return int(items[0])
