import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        x, y = a, b
        while y:  # Euclid's algorithm
            x, y = y, x % y
        out.append('%d %d' % (x, a // x * b))
    sys.stdout.write('\n'.join(out) + '\n')


main()
