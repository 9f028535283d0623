# Mistake: the two loops of the comprehension are swapped, so the combinations are all found but the
# first letter changes fastest: "ap", "bp", "cp", "aq", ... is not lexicographic order.
import sys

KEYS = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}

digits = sys.stdin.readline().strip()
if digits:
    combos = ['']
    for d in digits:
        combos = [c + letter for letter in KEYS[d] for c in combos]
    print('\n'.join(combos))
