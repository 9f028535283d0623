import sys


def main():
    # Every palindrome has a centre: one letter (odd length) or the gap between two letters (even
    # length). Grow a palindrome from each of the 2n - 1 centres, left to right, as long as the
    # letters on both sides match, and keep the longest. A later centre replaces the best only when
    # it is strictly longer, so ties keep the leftmost palindrome.
    s = sys.stdin.buffer.read().split()[0].decode()
    n = len(s)
    best_start, best_len = 0, 1
    for centre in range(2 * n - 1):
        lo = centre // 2
        hi = lo + centre % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > best_len:
            best_start, best_len = lo + 1, hi - lo - 1
    sys.stdout.write(s[best_start:best_start + best_len] + "\n")


main()
