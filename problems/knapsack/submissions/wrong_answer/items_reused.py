# Wrong: the one-row DP loops over capacities upwards, so dp[j - w] may already
# include the same item and an item can be packed several times.
import sys

data = sys.stdin.buffer.read().split()
n, cap = int(data[0]), int(data[1])
dp = [0] * (cap + 1)
for i in range(n):
    w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    for j in range(w, cap + 1):
        if dp[j - w] + v > dp[j]:
            dp[j] = dp[j - w] + v
print(dp[cap])
