import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    # Python's integers have no 32-bit limit; bin(x) writes x in binary ("0b1101"), and counting its
    # '1' characters is done in C, faster than a loop of x &= x - 1 in Python.
    out = [str(bin(int(t)).count("1")) for t in data[1:1 + q]]
    sys.stdout.write("\n".join(out) + "\n")


main()
