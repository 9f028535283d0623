import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = data[1:2 * n + 1:2]
    ends = data[2:2 * n + 2:2]
    balloons = sorted(zip(map(int, ends), map(int, starts)))
    # by increasing end: shoot at the end of the first balloon not yet burst; that arrow bursts
    # every balloon that starts at or before it (their ends are later, so they contain it)
    arrows = 0
    last = None
    for end, start in balloons:
        if last is None or start > last:
            arrows += 1
            last = end
    print(arrows)


main()
