import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) nextLong(in), q = (int) nextLong(in);
        long[] prefix = new long[n + 1];  // prefix[i] = a_1 + ... + a_i
        for (int i = 1; i <= n; i++) prefix[i] = prefix[i - 1] + nextLong(in);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            int l = (int) nextLong(in), r = (int) nextLong(in);
            sb.append(prefix[r] - prefix[l - 1]).append('\n');
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(sb);
        out.flush();
    }

    private static long nextLong(DataInputStream in) throws IOException {
        int b = in.read();
        while (b != '-' && (b < '0' || b > '9')) b = in.read();
        boolean neg = false;
        if (b == '-') {
            neg = true;
            b = in.read();
        }
        long ret = 0;
        while (b >= '0' && b <= '9') {
            ret = ret * 10 + (b - '0');
            b = in.read();
        }
        return neg ? -ret : ret;
    }
}
