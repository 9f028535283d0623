import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = list(map(int, data[1:1 + 2 * n:2]))
    ys = list(map(int, data[2:2 + 2 * n:2]))
    # Prim's algorithm on the complete graph, without a heap: best[i] is the cheapest cable from the
    # network built so far to the i-th lamp still outside it (rx, ry, best are kept side by side)
    ux, uy = xs[0], ys[0]
    rx, ry = xs[1:], ys[1:]
    best = [abs(ux - x) + abs(uy - y) for x, y in zip(rx, ry)]
    total = 0
    while best:
        cost = min(best)
        i = best.index(cost)
        total += cost
        ux, uy = rx[i], ry[i]
        # drop lamp i: move the last one into its place
        rx[i], ry[i], best[i] = rx[-1], ry[-1], best[-1]
        rx.pop()
        ry.pop()
        best.pop()
        best = [d if (d := abs(ux - x) + abs(uy - y)) < b else b for b, x, y in zip(best, rx, ry)]
    print(total)


main()
