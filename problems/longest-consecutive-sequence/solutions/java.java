import java.io.*;
import java.util.HashSet;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        HashSet<Integer> present = new HashSet<>(2 * n + 1);
        for (int i = 0; i < n; i++) {
            present.add((int) readLong(in));
        }
        // count up only from the first number of each run (x - 1 missing): every number is visited
        // at most twice, O(n) in all
        int best = 0;
        for (int x : present) {
            if (!present.contains(x - 1)) {
                int length = 1;
                while (present.contains(x + length)) {
                    length++;
                }
                best = Math.max(best, length);
            }
        }
        System.out.println(best);
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
