import sys


def main():
    n = int(sys.stdin.read().split()[0])
    out = []
    buf = [''] * (2 * n)

    # place one character at position pos; '(' is tried before ')' so the strings come out sorted
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
    sys.stdout.write('\n'.join(out) + '\n')


main()
