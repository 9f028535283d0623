# Right idea, slow bookkeeping: shoots at the smallest end, then rebuilds the list of balloons
# still in the air. When the balloons are far apart that is one pass over the list per arrow.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
left = list(zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2])))
arrows = 0
while left:
    x = min(end for _, end in left)
    arrows += 1
    left = [(s, e) for s, e in left if s > x]
print(arrows)
