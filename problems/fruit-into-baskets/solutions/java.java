import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        // the window ends with a block of equal types: remember the last two types seen, the length
        // of the block of the last one, and the length of the window ending here
        long last = -1, second = -1;
        int lastRun = 0, current = 0, best = 0;
        for (int i = 0; i < n; i++) {
            long x = readLong(in);
            if (x == last) {
                current++;
                lastRun++;
            } else {
                current = x == second ? current + 1 : lastRun + 1;
                second = last;
                last = x;
                lastRun = 1;
            }
            if (current > best) best = current;
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
