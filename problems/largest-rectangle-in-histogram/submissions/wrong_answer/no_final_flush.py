# Wrong: the stack algorithm without the final bar of height 0, so the bars still on the stack at
# the end (an increasing run at the right) are never measured.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
h = list(map(int, data[1:1 + n]))
stack = []
best = 0
for i, x in enumerate(h):
    while stack and h[stack[-1]] >= x:
        top = h[stack.pop()]
        left = stack[-1] if stack else -1
        best = max(best, top * (i - left - 1))
    stack.append(i)
print(best)
