import java.util.Arrays;

class Solution {
    // Sort the names once: the names that start with a prefix then form one block of the sorted
    // list, and its first three names are the suggestions. The block of a longer prefix lies
    // inside the block of a shorter one, so its start (found by binary search) never moves left.
    public String[][] suggestedProducts(String[] products, String searchWord) {
        String[] names = products.clone();
        Arrays.sort(names);
        String[][] result = new String[searchWord.length()][];
        int lo = 0;
        for (int i = 1; i <= searchWord.length(); i++) {
            String prefix = searchWord.substring(0, i);
            int hi = names.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (names[mid].compareTo(prefix) < 0) lo = mid + 1;
                else hi = mid;
            }
            int count = 0;
            while (count < 3 && lo + count < names.length && names[lo + count].startsWith(prefix)) count++;
            result[i - 1] = Arrays.copyOfRange(names, lo, lo + count);
        }
        return result;
    }
}
