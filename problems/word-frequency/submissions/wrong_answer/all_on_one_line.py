# Mistake (layout): prints the three pairs on one line instead of one "word count" pair per line.
# Only a comparator that checks lines can reject it.
import re
import sys
from collections import Counter

text = sys.stdin.read().lower()
counts = Counter(re.findall(r"[a-z]+", text))
top = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:3]
print(" ".join(f"{w} {c}" for w, c in top))
