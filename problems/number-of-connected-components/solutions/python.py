import sys


def main():
    # union-find with path halving and union by size; each successful union removes one component
    data = list(map(int, sys.stdin.buffer.read().split()))
    n, m = data[0], data[1]
    parent = list(range(n))
    size = [1] * n
    components = n
    for i in range(m):
        a = data[2 + 2 * i]
        b = data[3 + 2 * i]
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
            components -= 1
    sys.stdout.write("%d\n" % components)


main()
