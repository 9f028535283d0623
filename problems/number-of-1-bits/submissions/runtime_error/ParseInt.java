// Mistake (Java): reads each number with Integer.parseInt, which throws NumberFormatException for
// values above 2^31 - 1 = 2147483647.
import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int q = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            int x = Integer.parseInt(in.readLine().trim());
            out.append(Integer.bitCount(x)).append('\n');
        }
        System.out.print(out);
    }
}
