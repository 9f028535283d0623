import sys

# The letters of each key, in alphabetical order. Extending the combinations digit by digit, each
# combination followed by its letters in order, keeps the list in lexicographic order.
KEYS = {'2': 'abc', '3': 'def', '4': 'ghi', '5': 'jkl', '6': 'mno', '7': 'pqrs', '8': 'tuv', '9': 'wxyz'}

digits = sys.stdin.readline().strip()
if digits:
    combos = ['']
    for d in digits:
        combos = [c + letter for c in combos for letter in KEYS[d]]
    sys.stdout.write('\n'.join(combos) + '\n')
