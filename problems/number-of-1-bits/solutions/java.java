import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int q = (int) readLong(in);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            long x = readLong(in); // up to 2^32 - 1: does not fit in an int
            int count = 0;
            while (x != 0) {
                x &= x - 1; // clears the lowest 1 bit
                count++;
            }
            out.append(count).append('\n');
        }
        System.out.print(out);
    }

    private static long readLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = in.read();
        }
        return value;
    }
}
