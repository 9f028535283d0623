import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    unlocks = [[] for _ in range(n)]  # unlocks[b]: the courses that need b
    missing = [0] * n                 # missing[a]: prerequisites of a not taken yet
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        unlocks[b].append(a)
        missing[a] += 1
    # take courses whose prerequisites are all taken; taking one may free others
    order = [c for c in range(n) if missing[c] == 0]
    head = 0
    while head < len(order):
        c = order[head]
        head += 1
        for nxt in unlocks[c]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                order.append(nxt)
    if len(order) < n:
        sys.stdout.write("IMPOSSIBLE\n")
    else:
        sys.stdout.write(' '.join(map(str, order)) + '\n')


main()
