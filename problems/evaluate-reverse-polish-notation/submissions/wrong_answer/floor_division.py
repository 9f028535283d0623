# Wrong: Python's // rounds toward minus infinity, but the task truncates toward
# zero (-7 / 2 must be -3, not -4).
class Solution:
    def evalRPN(self, tokens):
        stack = []
        for tok in tokens:
            if tok in ('+', '-', '*', '/'):
                b = stack.pop()
                a = stack.pop()
                if tok == '+':
                    stack.append(a + b)
                elif tok == '-':
                    stack.append(a - b)
                elif tok == '*':
                    stack.append(a * b)
                else:
                    stack.append(a // b)
            else:
                stack.append(int(tok))
        return stack[-1]
