# Mistake: Counter.most_common breaks ties by first appearance, not alphabetically.
import re
import sys
from collections import Counter

text = sys.stdin.read().lower()
counts = Counter(re.findall(r"[a-z]+", text))
sys.stdout.write("".join(f"{w} {c}\n" for w, c in counts.most_common(3)))
