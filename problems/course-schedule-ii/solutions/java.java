import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in), m = nextInt(in);
        int[] ea = new int[m], eb = new int[m];
        int[] start = new int[n + 1];  // the courses that need b are next[start[b] .. start[b + 1])
        int[] missing = new int[n];    // prerequisites of a course not taken yet
        for (int i = 0; i < m; i++) {
            ea[i] = nextInt(in);
            eb[i] = nextInt(in);
            start[eb[i] + 1]++;
            missing[ea[i]]++;
        }
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        int[] fill = start.clone();
        int[] next = new int[m];
        for (int i = 0; i < m; i++) next[fill[eb[i]]++] = ea[i];

        // take courses whose prerequisites are all taken; taking one may free others
        int[] order = new int[n];
        int tail = 0;
        for (int c = 0; c < n; c++) if (missing[c] == 0) order[tail++] = c;
        for (int head = 0; head < tail; head++) {
            int c = order[head];
            for (int k = start[c]; k < start[c + 1]; k++) {
                if (--missing[next[k]] == 0) order[tail++] = next[k];
            }
        }
        StringBuilder sb = new StringBuilder();
        if (tail < n) {
            sb.append("IMPOSSIBLE");
        } else {
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(' ');
                sb.append(order[i]);
            }
        }
        sb.append('\n');
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(sb);
        out.flush();
    }

    private static int nextInt(DataInputStream in) throws IOException {
        int ret = 0;
        int b = in.read();
        while (b < '0') b = in.read();  // skip whitespace (the input has no negative numbers)
        while (b >= '0' && b <= '9') {
            ret = ret * 10 + (b - '0');
            b = in.read();
        }
        return ret;
    }
}
