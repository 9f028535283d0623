import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = readLong(in);
        }
        // a peak lies in [lo, hi]: if a[mid] < a[mid + 1], climbing right from mid must reach one
        // before the end; otherwise mid or something left of it is a peak. O(log n) comparisons.
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[mid + 1]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        System.out.println(lo);
    }

    private static long readLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = in.read();
        boolean negative = c == '-';
        if (negative) c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = in.read();
        }
        return negative ? -value : value;
    }
}
