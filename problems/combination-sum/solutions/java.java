import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class Solution {
    private int[] values;
    private final List<int[]> result = new ArrayList<>();
    private final int[] current = new int[64];

    public int[][] combinationSum(int[] candidates, int target) {
        // backtracking over the sorted candidates: a combination takes its values in ascending
        // order (the next value is never smaller than the last), and the loop stops at the first
        // candidate larger than what is left of the target
        result.clear();
        values = candidates.clone();
        Arrays.sort(values);
        extend(0, target, 0);
        return result.toArray(new int[0][]);
    }

    private void extend(int start, int left, int size) {
        if (left == 0) {
            result.add(Arrays.copyOf(current, size));
            return;
        }
        for (int i = start; i < values.length && values[i] <= left; i++) {
            current[size] = values[i];
            extend(i, left - values[i], size + 1);
        }
    }
}
