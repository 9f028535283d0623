import sys
from heapq import heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n * n]))  # plot (r, c) is h[r * n + c]
    goal = n * n - 1
    # grow the reachable region by its lowest neighbouring plot (Dijkstra with max instead of +)
    seen = bytearray(n * n)
    seen[0] = 1
    heap = [(h[0], 0)]
    t = 0
    while True:
        height, cell = heappop(heap)
        if height > t:
            t = height
        if cell == goal:
            break
        r, c = divmod(cell, n)
        if r > 0 and not seen[cell - n]:
            seen[cell - n] = 1
            heappush(heap, (h[cell - n], cell - n))
        if r < n - 1 and not seen[cell + n]:
            seen[cell + n] = 1
            heappush(heap, (h[cell + n], cell + n))
        if c > 0 and not seen[cell - 1]:
            seen[cell - 1] = 1
            heappush(heap, (h[cell - 1], cell - 1))
        if c < n - 1 and not seen[cell + 1]:
            seen[cell + 1] = 1
            heappush(heap, (h[cell + 1], cell + 1))
    print(t)


main()
