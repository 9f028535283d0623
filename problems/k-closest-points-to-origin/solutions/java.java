import java.io.*;
import java.util.*;

public class Main {
    static final class Point implements Comparable<Point> {
        final long d, x, y;

        Point(long x, long y) {
            this.x = x;
            this.y = y;
            this.d = x * x + y * y; // up to 2 * 10^18: needs 64 bits
        }

        @Override
        public int compareTo(Point o) {
            if (d != o.d) return Long.compare(d, o.d);
            if (x != o.x) return Long.compare(x, o.x);
            return Long.compare(y, o.y);
        }
    }

    public static void main(String[] args) throws IOException {
        int n = (int) readLong(), k = (int) readLong();
        Point[] p = new Point[n];
        for (int i = 0; i < n; i++) {
            long x = readLong();
            p[i] = new Point(x, readLong());
        }
        Arrays.sort(p);
        StringBuilder sb = new StringBuilder(k * 24);
        for (int i = 0; i < k; i++) sb.append(p[i].x).append(' ').append(p[i].y).append('\n');
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out), 1 << 16));
        out.print(sb);
        out.flush();
    }

    static final byte[] buf = new byte[1 << 16];
    static int len = 0, ptr = 0;

    static int read() throws IOException {
        if (ptr == len) {
            len = System.in.read(buf, 0, buf.length);
            ptr = 0;
            if (len <= 0) return -1;
        }
        return buf[ptr++];
    }

    static long readLong() throws IOException {
        int c = read();
        while (c != '-' && (c < '0' || c > '9')) c = read();
        boolean neg = c == '-';
        if (neg) c = read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return neg ? -v : v;
    }
}
