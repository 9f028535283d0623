# Checks every row and every column but forgets the 3x3 boxes.
import sys

rows = sys.stdin.read().split()
ok = True
for i in range(9):
    row = [ch for ch in rows[i] if ch != '.']
    col = [rows[r][i] for r in range(9) if rows[r][i] != '.']
    if len(set(row)) != len(row) or len(set(col)) != len(col):
        ok = False
print("true" if ok else "false")
