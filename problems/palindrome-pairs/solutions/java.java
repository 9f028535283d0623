import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class Solution {
    // Cut every word w in two, w = left + right, at each of its len(w) + 1 places.
    // - If right is a palindrome and some other word is left reversed, then w + that word is a
    //   palindrome: pair [i, k].
    // - If left is a palindrome and some other word is right reversed, then that word + w is a
    //   palindrome: pair [k, i]. The cut before the first letter is skipped here: that pair
    //   (k + w with k the whole of w reversed) is already found from k's side.
    public int[][] palindromePairs(String[] words) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < words.length; i++) index.put(words[i], i);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int n = w.length();
            String rw = new StringBuilder(w).reverse().toString();
            for (int j = 0; j <= n; j++) {
                // left = w[0..j), reversed: rw[n-j..n); right = w[j..n), reversed: rw[0..n-j)
                Integer k = index.get(rw.substring(n - j));
                if (k != null && k != i && isPalindrome(w, j, n)) pairs.add(new int[] {i, k});
                if (j > 0) {
                    k = index.get(rw.substring(0, n - j));
                    if (k != null && k != i && isPalindrome(w, 0, j)) pairs.add(new int[] {k, i});
                }
            }
        }
        return pairs.toArray(new int[0][]);
    }

    // s[lo..hi) reads the same both ways
    private static boolean isPalindrome(String s, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            if (s.charAt(lo) != s.charAt(hi)) return false;
        }
        return true;
    }
}
