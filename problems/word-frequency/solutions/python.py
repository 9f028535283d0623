import heapq
import re
import sys
from collections import Counter

text = sys.stdin.buffer.read().lower()
counts = Counter(re.findall(rb"[a-z]+", text))
# the three best by (highest count, then alphabetical); no need to sort everything
top = heapq.nsmallest(3, counts.items(), key=lambda wc: (-wc[1], wc[0]))
sys.stdout.write("".join(f"{w.decode()} {c}\n" for w, c in top))
