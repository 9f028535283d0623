# Correct but O(words * distinct words): counts each distinct word with list.count.
import re
import sys

words = re.findall(r"[a-z]+", sys.stdin.read().lower())
counts = [(-words.count(w), w) for w in set(words)]
counts.sort()
sys.stdout.write("".join(f"{w} {-c}\n" for c, w in counts[:3]))
