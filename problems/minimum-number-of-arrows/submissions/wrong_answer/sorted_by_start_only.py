# Sorts by start and shoots at the end of the first balloon of each group, without noticing that
# a later balloon of the group may end earlier: (1, 10) and (2, 3) then seem to share the arrow
# at 10, which misses (2, 3).
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
balloons = sorted(zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2])))
arrows = 0
arrow_at = None
for start, end in balloons:
    if arrow_at is None or start > arrow_at:
        arrows += 1
        arrow_at = end
print(arrows)
