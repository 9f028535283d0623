import sys


def largest_rectangle(h):
    # stack of indices with increasing heights; when a lower bar arrives, each taller bar popped
    # spans from just after the bar below it on the stack to just before the new bar
    h.append(0)  # a final bar of height 0 empties the stack
    stack = []
    best = 0
    for i, x in enumerate(h):
        while stack and h[stack[-1]] >= x:
            top = h[stack.pop()]
            left = stack[-1] if stack else -1
            area = top * (i - left - 1)
            if area > best:
                best = area
        stack.append(i)
    return best


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heights = list(map(int, data[1:1 + n]))
    print(largest_rectangle(heights))


main()
