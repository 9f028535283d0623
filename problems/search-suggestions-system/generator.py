# Makes the large hidden tests of Search Suggestions System: 50000 product names (the statement's
# limit) with a 1000-letter search word, too big for tests.json. Scanning every name again for each
# of the 1000 prefixes is 5 * 10^7 comparisons per test.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys
from bisect import bisect_left

N = 50000
WORD = 1000
TOTAL = 500000
AZ = "abcdefghijklmnopqrstuvwxyz"


def suggested(products, search_word):
    # the reference: sort once; the names with a given prefix form one block of the sorted list
    names = sorted(products)
    result = []
    lo = 0
    for i in range(1, len(search_word) + 1):
        prefix = search_word[:i]
        lo = bisect_left(names, prefix, lo)
        result.append([name for name in names[lo:lo + 3] if name.startswith(prefix)])
    return result


def test(name, products, search_word):
    assert 1 <= len(products) <= N and len(set(products)) == len(products)
    assert all(1 <= len(p) <= 1000 for p in products) and sum(map(len, products)) <= TOTAL
    assert 1 <= len(search_word) <= WORD
    return {"name": name, "input": {"products": products, "searchWord": search_word},
            "expected": suggested(products, search_word)}


def random_names(rng, letters, count, lo, hi, start=""):
    names = set()
    while len(names) < count:
        names.add(start + "".join(rng.choice(letters) for _ in range(rng.randint(lo, hi))))
    return names


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    # random names over the whole alphabet; the search word is a name followed by more letters,
    # so the suggestions run out after a few letters while the word goes on
    names = random_names(rng, AZ, N, 1, 14)
    word = rng.choice(sorted(names))
    word += "".join(rng.choice(AZ) for _ in range(WORD - len(word)))
    products = sorted(names)
    rng.shuffle(products)
    tests.append(test("large: 50000 random names, a 1000-letter search word", products, word))

    # letters a to d only: many names share their beginnings with the search word (made of a's
    # and b's); 250 long names follow the word for up to 300 letters, so there are suggestions
    # deep into it
    word = "".join(rng.choice("ab") for _ in range(WORD))
    names = random_names(rng, "abcd", N - 250, 4, 9)
    while len(names) < N:
        k = rng.randint(1, 300)
        names.add(word[:k] + "".join(rng.choice("ab") for _ in range(rng.randint(0, 40))))
    products = sorted(names)
    rng.shuffle(products)
    tests.append(test("large: 50000 names of letters a to d, suggestions for 300 letters", products, word))

    # every name starts with "zz" and is in reverse order; the search word is z's only, so each
    # prefix keeps the names made of more and more z's
    names = random_names(rng, "wxyz", N - 40, 2, 8, "zz")
    names.update("z" * k for k in range(1, 41))
    products = sorted(names, reverse=True)
    tests.append(test("large: 50000 names starting zz in reverse order, search word of z's", products,
                      "z" * WORD))

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
