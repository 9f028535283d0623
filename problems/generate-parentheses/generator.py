# Makes the largest hidden tests of Generate Parentheses (n = 11 and n = 12: 58786 and 208012 lines).
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
# The input is a single number, so the seed changes nothing; it is read to follow the format.
import json
import sys


def balanced(n):
    # the reference: extend every prefix with '(' first, then ')', so the results come out sorted
    out = []
    buf = [''] * (2 * n)

    def build(pos, opened, closed):
        if pos == 2 * n:
            out.append(''.join(buf))
            return
        if opened < n:
            buf[pos] = '('
            build(pos + 1, opened + 1, closed)
        if closed < opened:
            buf[pos] = ')'
            build(pos + 1, opened, closed + 1)

    build(0, 0, 0)
    return out


def main():
    int(sys.argv[1])
    tests = []
    for n in (11, 12):
        tests.append({"name": "large: n = %d" % n, "input": "%d\n" % n,
                      "expected": "\n".join(balanced(n)) + "\n"})
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
