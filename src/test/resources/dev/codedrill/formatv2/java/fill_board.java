import java.util.*;

class Solution {
    public void fill(char[][] board, char target, char mark) {
        for (char[] row : board) {
            for (int j = 0; j < row.length; j++) {
                if (row[j] == target) {
                    row[j] = mark;
                }
            }
        }
    }
}
