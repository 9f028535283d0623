class Solution {
    public int[] partitionLabels(String s) {
        int[] last = new int[26];
        for (int i = 0; i < s.length(); i++) last[s.charAt(i) - 'a'] = i;
        int[] sizes = new int[26];  // every piece holds a letter of its own: at most 26
        int count = 0;
        int start = 0, end = 0;
        for (int i = 0; i < s.length(); i++) {
            end = Math.max(end, last[s.charAt(i) - 'a']);
            if (i == end) {
                sizes[count++] = end - start + 1;
                start = i + 1;
            }
        }
        return java.util.Arrays.copyOf(sizes, count);
    }
}
