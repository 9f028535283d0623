import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        long[] start = new long[n];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            start[i] = readLong(in);
            long end = readLong(in);
            // sort by end without a comparator: end shifted to 0..2^32-1, then the index below it
            keys[i] = ((end + 2147483648L) << 20) | i;
        }
        Arrays.sort(keys);
        // by increasing end: shoot at the end of the first balloon not yet burst; that arrow
        // bursts every balloon that starts at or before it
        int arrows = 0;
        long last = 0;
        for (int k = 0; k < n; k++) {
            int i = (int) (keys[k] & ((1 << 20) - 1));
            long end = (keys[k] >>> 20) - 2147483648L;
            if (arrows == 0 || start[i] > last) {
                arrows++;
                last = end;
            }
        }
        System.out.println(arrows);
    }

    private static long readLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
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
