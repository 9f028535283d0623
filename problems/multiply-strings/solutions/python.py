import sys


def main():
    a, b = sys.stdin.read().split()
    if a == '0' or b == '0':
        print(0)
        return
    x = [ord(c) - 48 for c in a]
    y = [ord(c) - 48 for c in b]
    m = len(y)
    # digit i of a times digit j of b lands in column i + j + 1 of the product (counted from the
    # left, the product has len(a) + len(b) columns); add all of them first, carry once at the end
    col = [0] * (len(x) + m)
    for i, dx in enumerate(x):
        if dx:
            for j in range(m):
                col[i + j + 1] += dx * y[j]
    carry = 0
    for k in range(len(col) - 1, -1, -1):
        carry, col[k] = divmod(col[k] + carry, 10)
    start = 1 if col[0] == 0 else 0
    print(''.join(map(str, col[start:])))


main()
