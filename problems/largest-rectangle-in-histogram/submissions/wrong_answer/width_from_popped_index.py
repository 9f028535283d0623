# Wrong: measures a popped bar's width from its own index (i - index) instead of from the bar below it
# on the stack, forgetting that the taller bars popped before it also lie between.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n])) + [0]
stack = []
best = 0
for i, x in enumerate(h):
    while stack and h[stack[-1]] >= x:
        j = stack.pop()
        best = max(best, h[j] * (i - j))
    stack.append(i)
print(best)
