# Numbers the boxes with r // 3 + c // 3, which gives the top-middle and middle-left boxes
# (and others) the same number.
import sys

rows = sys.stdin.read().split()
seen = set()
ok = True
for r in range(9):
    for c in range(9):
        ch = rows[r][c]
        if ch == '.':
            continue
        keys = (("row", r, ch), ("col", c, ch), ("box", r // 3 + c // 3, ch))
        if any(k in seen for k in keys):
            ok = False
        seen.update(keys)
print("true" if ok else "false")
