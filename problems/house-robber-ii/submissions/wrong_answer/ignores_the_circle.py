# Wrong: solves the street as a straight row, so it may rob the first and the last house together
# although they are neighbours in the circle.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
take = skip = 0
for x in map(int, data[1:1 + n]):
    take, skip = skip + x, max(take, skip)
print(max(take, skip))
