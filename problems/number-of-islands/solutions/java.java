class Solution {
    public int numIslands(String[] grid) {
        // iterative flood fill with an explicit stack (no recursion)
        int rows = grid.length, cols = grid[0].length();
        boolean[] land = new boolean[rows * cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                land[r * cols + c] = grid[r].charAt(c) == '1';
        int[] stack = new int[rows * cols];
        int islands = 0;
        for (int start = 0; start < rows * cols; start++) {
            if (!land[start]) continue;
            islands++;
            land[start] = false;
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int cell = stack[--top];
                int r = cell / cols, c = cell % cols;
                if (r > 0 && land[cell - cols]) { land[cell - cols] = false; stack[top++] = cell - cols; }
                if (r + 1 < rows && land[cell + cols]) { land[cell + cols] = false; stack[top++] = cell + cols; }
                if (c > 0 && land[cell - 1]) { land[cell - 1] = false; stack[top++] = cell - 1; }
                if (c + 1 < cols && land[cell + 1]) { land[cell + 1] = false; stack[top++] = cell + 1; }
            }
        }
        return islands;
    }
}
