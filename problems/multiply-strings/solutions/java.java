import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String a = readToken(in), b = readToken(in);
        if (a.equals("0") || b.equals("0")) {
            System.out.println("0");
            return;
        }
        int n = a.length(), m = b.length();
        int[] y = new int[m];
        for (int j = 0; j < m; j++) y[j] = b.charAt(j) - '0';
        // digit i of a times digit j of b lands in column i + j + 1 of the product (counted from
        // the left); add all of them first (at most 2000 * 81 per column), carry once at the end
        int[] col = new int[n + m];
        for (int i = 0; i < n; i++) {
            int dx = a.charAt(i) - '0';
            if (dx == 0) continue;
            for (int j = 0; j < m; j++) col[i + j + 1] += dx * y[j];
        }
        int carry = 0;
        for (int k = n + m - 1; k >= 0; k--) {
            int t = col[k] + carry;
            col[k] = t % 10;
            carry = t / 10;
        }
        StringBuilder out = new StringBuilder(n + m);
        for (int k = col[0] == 0 ? 1 : 0; k < n + m; k++) out.append((char) ('0' + col[k]));
        System.out.println(out);
    }

    private static String readToken(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            line = line.trim();
            if (!line.isEmpty()) return line;
        }
        return "0";
    }
}
