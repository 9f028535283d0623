# Checks an answer of Course Schedule II (Kattis output-validator protocol):
#   python3 checker.py INPUT_FILE ANSWER_FILE FEEDBACK_DIR < learner_output
# Exit 42 accepts, 43 rejects with a short reason in FEEDBACK_DIR/judgemessage.txt. The answer file only
# tells whether an order exists (it holds IMPOSSIBLE or one valid order). O(n + m).
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
    n, m = int(data[0]), int(data[1])
    with open(sys.argv[2], "rb") as f:
        order_exists = f.read().split()[:1] != [b"IMPOSSIBLE"]

    # the learner's tokens with their line numbers
    tokens = []
    for line_no, line in enumerate(sys.stdin.buffer.read().split(b"\n"), 1):
        for token in line.split():
            tokens.append((line_no, token))
    if not tokens:
        reject("the output is empty: print an order of the courses, or IMPOSSIBLE")

    if tokens[0][1] == b"IMPOSSIBLE":
        if len(tokens) > 1:
            reject("IMPOSSIBLE must be the only word of the output, but line %d has more: %s"
                   % (tokens[1][0], shown(tokens[1][1])))
        if order_exists:
            reject("printed IMPOSSIBLE but an order exists")
        sys.exit(42)

    position = [-1] * n
    for i, (line_no, token) in enumerate(tokens):
        digits = token[1:] if token[:1] == b"-" else token
        if not digits.isdigit():
            if token.upper() == b"IMPOSSIBLE":
                if token != b"IMPOSSIBLE":
                    reject("write IMPOSSIBLE in capital letters (line %d)" % line_no)
                reject("IMPOSSIBLE must be the only word of the output (line %d)" % line_no)
            reject("not a number on line %d: %s" % (line_no, shown(token)))
        if len(digits) > 9:
            reject("there is no course %s (the courses are 0 to %d)" % (shown(token), n - 1))
        course = int(token)
        if not 0 <= course < n:
            reject("there is no course %d (the courses are 0 to %d)" % (course, n - 1))
        if position[course] >= 0:
            reject("course %d is printed twice" % course)
        position[course] = i
    if len(tokens) < n:
        first_missing = position.index(-1)
        reject("course %d is missing (%d of the %d courses printed)" % (first_missing, len(tokens), n))

    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if a == b:
            reject("course %d is its own prerequisite, so it can never be taken" % a)
        if position[b] > position[a]:
            reject("course %d comes before its prerequisite %d" % (a, b))

    if not order_exists:
        sys.stderr.write("checker: the answer file says IMPOSSIBLE, but the output is a valid order\n")
        sys.exit(1)
    sys.exit(42)


main()
