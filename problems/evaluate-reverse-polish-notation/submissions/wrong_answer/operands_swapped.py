# Wrong: pops the operands in the wrong order, so "a b -" computes b - a and
# "a b /" computes b / a.
class Solution:
    def evalRPN(self, tokens):
        stack = []
        for tok in tokens:
            if tok in ('+', '-', '*', '/'):
                a = stack.pop()
                b = stack.pop()
                if tok == '+':
                    stack.append(a + b)
                elif tok == '-':
                    stack.append(a - b)
                elif tok == '*':
                    stack.append(a * b)
                else:
                    stack.append(int(a / b))
            else:
                stack.append(int(tok))
        return stack[-1]
