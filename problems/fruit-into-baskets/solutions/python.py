import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # the longest run of the current window ends with a block of equal types: remember the last two
    # types seen, the length of the block of the last one, and the window ending here
    last = second = -1
    last_run = current = best = 0
    for token in data[1:1 + n]:
        x = int(token)
        if x == last:
            current += 1
            last_run += 1
        else:
            current = current + 1 if x == second else last_run + 1
            second, last, last_run = last, x, 1
        if current > best:
            best = current
    print(best)


main()
