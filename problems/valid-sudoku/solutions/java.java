import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String[] rows = new String[9];
        int k = 0;
        String line;
        while (k < 9 && (line = in.readLine()) != null) {
            line = line.trim();
            if (!line.isEmpty()) rows[k++] = line;
        }
        // one bit per digit for each row, each column and each 3x3 box
        int[] rowSeen = new int[9], colSeen = new int[9], boxSeen = new int[9];
        boolean valid = true;
        outer:
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                char ch = rows[r].charAt(c);
                if (ch == '.') continue;
                int bit = 1 << (ch - '0');
                int b = (r / 3) * 3 + c / 3;
                if ((rowSeen[r] & bit) != 0 || (colSeen[c] & bit) != 0 || (boxSeen[b] & bit) != 0) {
                    valid = false;
                    break outer;
                }
                rowSeen[r] |= bit;
                colSeen[c] |= bit;
                boxSeen[b] |= bit;
            }
        }
        System.out.println(valid ? "true" : "false");
    }
}
