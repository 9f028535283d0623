import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = sorted(map(int, data[1:2 * n + 1:2]))
    ends = sorted(map(int, data[2:2 * n + 2:2]))
    # sweep the starts in order; every end not after the current start has freed its room
    rooms = best = 0
    j = 0
    for s in starts:
        while ends[j] <= s:
            j += 1
            rooms -= 1
        rooms += 1
        if rooms > best:
            best = rooms
    print(best)


main()
