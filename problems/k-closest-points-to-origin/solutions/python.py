import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    xs = list(map(int, data[2:2 + 2 * n:2]))
    ys = list(map(int, data[3:3 + 2 * n:2]))
    # order by (squared distance, x, y); Python's integers are exact, so no overflow
    keys = sorted((x * x + y * y, x, y) for x, y in zip(xs, ys))
    sys.stdout.write("".join("%d %d\n" % (x, y) for _, x, y in keys[:k]))


main()
