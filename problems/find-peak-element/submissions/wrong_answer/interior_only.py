# Mistake (off by one at the ends): only the points with two neighbours are examined, and when none
# of them is a peak the first index is printed, so a peak at the last index is never found.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
answer = 0
for i in range(1, n - 1):
    if a[i - 1] < a[i] > a[i + 1]:
        answer = i
        break
print(answer)
