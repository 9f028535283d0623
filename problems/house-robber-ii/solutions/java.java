import java.io.*;

public class Main {
    // house robber on the houses lo .. hi-1 standing in a row
    static long bestInRow(long[] a, int lo, int hi) {
        long take = 0, skip = 0; // best total with / without the current house
        for (int i = lo; i < hi; i++) {
            long t = skip + a[i];
            skip = Math.max(take, skip);
            take = t;
        }
        return Math.max(take, skip);
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = readLong(in);
        // the first and the last house are neighbours: leave out one of them
        long answer = n == 1 ? a[0] : Math.max(bestInRow(a, 0, n - 1), bestInRow(a, 1, n));
        System.out.println(answer);
    }

    static long readLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean neg = c == '-';
        if (neg) c = in.read();
        long x = 0;
        while (c >= '0' && c <= '9') {
            x = x * 10 + (c - '0');
            c = in.read();
        }
        return neg ? -x : x;
    }
}
