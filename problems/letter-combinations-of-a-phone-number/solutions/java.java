import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;

public class Main {
    // The letters of each key, in alphabetical order; a recursive search picks one letter per
    // position, the letters of each key in order, so the combinations come out in lexicographic order.
    private static final String[] KEYS = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
    private static String digits;
    private static char[] current;
    private static final StringBuilder out = new StringBuilder();

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line = in.readLine();
        digits = line == null ? "" : line.trim();
        if (!digits.isEmpty()) {
            current = new char[digits.length()];
            choose(0);
        }
        PrintWriter pw = new PrintWriter(System.out);
        pw.print(out);
        pw.flush();
    }

    private static void choose(int pos) {
        if (pos == digits.length()) {
            out.append(current).append('\n');
            return;
        }
        for (char letter : KEYS[digits.charAt(pos) - '0'].toCharArray()) {
            current[pos] = letter;
            choose(pos + 1);
        }
    }
}
