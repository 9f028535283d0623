import sys


def main():
    rows = sys.stdin.read().split()
    # one bit per digit for each row, each column and each 3x3 box
    row_seen = [0] * 9
    col_seen = [0] * 9
    box_seen = [0] * 9
    for r in range(9):
        for c in range(9):
            ch = rows[r][c]
            if ch == '.':
                continue
            bit = 1 << (ord(ch) - ord('0'))
            b = (r // 3) * 3 + c // 3
            if row_seen[r] & bit or col_seen[c] & bit or box_seen[b] & bit:
                print("false")
                return
            row_seen[r] |= bit
            col_seen[c] |= bit
            box_seen[b] |= bit
    print("true")


main()
