import java.io.*;

public class Main {
    static int n;
    static char[] buf;
    static StringBuilder out = new StringBuilder();

    // place one character at position pos; '(' is tried before ')' so the strings come out sorted
    static void build(int pos, int opened, int closed) {
        if (pos == 2 * n) {
            out.append(buf).append('\n');
            return;
        }
        if (opened < n) {
            buf[pos] = '(';
            build(pos + 1, opened + 1, closed);
        }
        if (closed < opened) {
            buf[pos] = ')';
            build(pos + 1, opened, closed + 1);
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        n = Integer.parseInt(in.readLine().trim());
        buf = new char[2 * n];
        build(0, 0, 0);
        PrintWriter pw = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        pw.print(out);
        pw.flush();
    }
}
