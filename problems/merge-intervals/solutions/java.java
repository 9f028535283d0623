import java.util.*;

class Solution {
    public int[][] merge(int[][] intervals) {
        int[][] sorted = intervals.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> result = new ArrayList<>();
        for (int[] iv : sorted) {
            if (!result.isEmpty() && iv[0] <= result.get(result.size() - 1)[1]) {
                int[] last = result.get(result.size() - 1);
                last[1] = Math.max(last[1], iv[1]);
            } else {
                result.add(new int[] {iv[0], iv[1]});
            }
        }
        return result.toArray(new int[0][]);
    }
}
