import sys


def best_in_row(a, lo, hi):
    # house robber on the houses lo .. hi-1 standing in a row
    take = skip = 0  # best total with / without the current house
    for i in range(lo, hi):
        take, skip = skip + a[i], (take if take > skip else skip)
    return take if take > skip else skip


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    if n == 1:
        print(a[0])
        return
    # the first and the last house are neighbours: leave out one of them
    print(max(best_in_row(a, 0, n - 1), best_in_row(a, 1, n)))


main()
