import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    present = set(map(int, data[1:1 + n]))
    best = 0
    # count up only from the first number of each run (x - 1 missing): every number is visited
    # at most twice, O(n) in all
    for x in present:
        if x - 1 not in present:
            y = x + 1
            while y in present:
                y += 1
            if y - x > best:
                best = y - x
    print(best)


main()
