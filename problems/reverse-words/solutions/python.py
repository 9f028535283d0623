import sys

line = sys.stdin.buffer.readline()
words = line.split()
words.reverse()
sys.stdout.buffer.write(b" ".join(words) + b"\n")
