# Mistake: forgets to lower-case the text, so "The" and "the" are counted as different words.
import re
import sys
from collections import Counter

text = sys.stdin.read()
counts = Counter(re.findall(r"[A-Za-z]+", text))
top = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:3]
sys.stdout.write("".join(f"{w} {c}\n" for w, c in top))
