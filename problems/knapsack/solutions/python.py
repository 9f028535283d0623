import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    items = sorted((int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n))
    # dp[j] = best value with total weight at most j, using the items processed so far.
    # Only weights up to `reach` (total weight of those items, capped at W) need to be stored:
    # beyond it dp stays constant. Processing light items first keeps `reach` small for longer.
    dp = [0]
    reach = 0
    for w, v in items:
        if w > cap:
            break
        new_reach = min(cap, reach + w)
        dp.extend([dp[-1]] * (new_reach - reach))
        reach = new_reach
        # new dp[j] = max(dp[j], dp[j - w] + v) for j >= w, computed from the old row in one pass
        dp[w:] = [a if a >= b + v else b + v for a, b in zip(dp[w:], dp)]
    print(dp[reach])


main()
