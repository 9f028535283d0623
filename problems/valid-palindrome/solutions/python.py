import sys

# every byte that is not an ASCII letter or digit
NOT_ALNUM = bytes(c for c in range(256) if not chr(c).isascii() or not chr(c).isalnum())


def main():
    line = sys.stdin.buffer.readline().rstrip(b"\r\n")
    # keep only the letters and digits, in lower case, and compare the text with its reverse
    clean = line.translate(None, NOT_ALNUM).lower()
    print("true" if clean == clean[::-1] else "false")


main()
