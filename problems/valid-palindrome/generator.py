# Makes the large hidden tests of Valid Palindrome: lines of 10^6 characters.
# Usage: python3 generator.py SEED -> a JSON array of tests on standard output.
import json
import random
import string
import sys

N = 10**6
ALNUM = string.ascii_letters + string.digits
OTHER = "".join(chr(c) for c in range(32, 127) if not chr(c).isalnum())


def is_palindrome(line):
    # the reference: the letters and digits in lower case, compared with their reverse
    clean = [c.lower() for c in line if c.isalnum()]
    return clean == clean[::-1]


def flip(rng, c):
    return c.swapcase() if rng.random() < 0.5 else c


def with_noise(rng, core, total):
    # spreads characters that are not letters or digits among the characters of core
    noise = total - len(core)
    cuts = sorted(rng.randrange(len(core) + 1) for _ in range(noise))
    out, k = [], 0
    for i, c in enumerate(core):
        while k < noise and cuts[k] == i:
            out.append(rng.choice(OTHER))
            k += 1
        out.append(c)
    while k < noise:
        out.append(rng.choice(OTHER))
        k += 1
    return "".join(out)


def test(name, line):
    assert len(line) <= N and all(32 <= ord(c) <= 126 for c in line)
    return {"name": name, "input": line + "\n", "expected": "true\n" if is_palindrome(line) else "false\n"}


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []
    half = [rng.choice(ALNUM) for _ in range(300000)]
    core = half + [rng.choice(ALNUM)] + half[::-1]
    core = [flip(rng, c) for c in core]
    tests.append(test("large: a palindrome of 10^6 characters, mixed case and punctuation",
                      with_noise(rng, core, N)))
    core[len(core) // 2 + 7] = "9" if core[len(core) // 2 - 7].lower() != "9" else "8"
    tests.append(test("large: one character wrong next to the middle", with_noise(rng, core, N)))
    line = [rng.choice(OTHER) for _ in range(N)]
    line[123456], line[N - 54321] = "Q", "q"
    tests.append(test("large: 10^6 characters, two of them letters", "".join(line)))
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
