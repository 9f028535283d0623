import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String[] rows = new String[9];
        int k0 = 0;
        String line;
        while (k0 < 9 && (line = in.readLine()) != null) {
            line = line.trim();
            if (!line.isEmpty()) rows[k0++] = line;
        }
        int[] grid = new int[81], rowM = new int[9], colM = new int[9], boxM = new int[9], boxOf = new int[81];
        int[] empty = new int[81];
        int n = 0;
        for (int p = 0; p < 81; p++) {
            boxOf[p] = (p / 27) * 3 + (p % 9) / 3;
            char ch = rows[p / 9].charAt(p % 9);
            grid[p] = ch == '.' ? 0 : ch - '0';
            if (grid[p] == 0) {
                empty[n++] = p;
            } else {
                int bit = 1 << grid[p];
                rowM[p / 9] |= bit;
                colM[p % 9] |= bit;
                boxM[boxOf[p]] |= bit;
            }
        }
        final int FULL = 0x3FE; // bits 1..9
        // iterative backtracking; each step fills the empty cell with the fewest candidates
        int[] stackCell = new int[81], stackMask = new int[81];
        int top = 0, filled = 0;
        while (filled < n) {
            int bestI = -1, bestCount = 10, bestMask = 0;
            for (int i = filled; i < n; i++) {
                int p = empty[i];
                int m = FULL & ~(rowM[p / 9] | colM[p % 9] | boxM[boxOf[p]]);
                int k = Integer.bitCount(m);
                if (k < bestCount) {
                    bestI = i;
                    bestCount = k;
                    bestMask = m;
                    if (k <= 1) break;
                }
            }
            int t = empty[filled];
            empty[filled] = empty[bestI];
            empty[bestI] = t;
            int p = empty[filled], m = bestMask;
            while (true) {
                if (m != 0) {
                    int bit = m & -m;
                    m ^= bit;
                    grid[p] = Integer.numberOfTrailingZeros(bit);
                    rowM[p / 9] |= bit;
                    colM[p % 9] |= bit;
                    boxM[boxOf[p]] |= bit;
                    stackCell[top] = p;
                    stackMask[top++] = m;
                    filled++;
                    break;
                }
                // no candidate left: undo the previous choice and try its next candidate
                top--;
                p = stackCell[top];
                m = stackMask[top];
                int bit = 1 << grid[p];
                grid[p] = 0;
                rowM[p / 9] ^= bit;
                colM[p % 9] ^= bit;
                boxM[boxOf[p]] ^= bit;
                filled--;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < 81; p++) {
            out.append((char) ('0' + grid[p]));
            if (p % 9 == 8) out.append('\n');
        }
        System.out.print(out);
    }
}
