# Checks an answer of Find Peak Element (Kattis output-validator protocol):
#   python3 checker.py INPUT_FILE ANSWER_FILE FEEDBACK_DIR < learner_output
# Exit 42 accepts, 43 rejects with a short reason in FEEDBACK_DIR/judgemessage.txt. Any peak is right,
# so the answer file (one peak) is not needed. O(n).
import sys


def reject(why):
    with open(sys.argv[3] + "/judgemessage.txt", "w") as fb:
        fb.write(why)
    sys.exit(43)


def shown(token):
    text = token.decode("utf-8", "replace")
    return repr(text if len(text) <= 20 else text[:20] + "...")


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]

    tokens = sys.stdin.buffer.read().split()
    if not tokens:
        reject("the output is empty: print the index of a peak")
    if len(tokens) > 1:
        reject("print one index only, but the output has %d words (the second is %s)"
               % (len(tokens), shown(tokens[1])))
    token = tokens[0]
    digits = token[1:] if token[:1] == b"-" else token
    if not digits.isdigit():
        reject("not a whole number: %s" % shown(token))
    if len(digits) > 9:
        reject("there is no index %s (the indices are 0 to %d)" % (shown(token), n - 1))
    i = int(token)
    if not 0 <= i < n:
        reject("there is no index %d (the indices are 0 to %d)" % (i, n - 1))
    if i > 0 and a[i - 1] > a[i]:
        reject("index %d is not a peak: a[%d] = %d is less than its left neighbour a[%d] = %d"
               % (i, i, a[i], i - 1, a[i - 1]))
    if i + 1 < n and a[i + 1] > a[i]:
        reject("index %d is not a peak: a[%d] = %d is less than its right neighbour a[%d] = %d"
               % (i, i, a[i], i + 1, a[i + 1]))
    sys.exit(42)


main()
