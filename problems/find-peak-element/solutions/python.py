import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = data[1:1 + n]
    # a peak lies in [lo, hi]: if a[mid] < a[mid + 1], climbing right from mid must reach one before
    # the end; otherwise mid or something left of it is a peak. O(log n) comparisons.
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if int(a[mid]) < int(a[mid + 1]):
            lo = mid + 1
        else:
            hi = mid
    print(lo)


main()
