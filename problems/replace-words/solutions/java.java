import java.io.*;

public class Main {
    // Put the roots in a trie (flat arrays: child[node * 26 + letter], 0: none; node 0 is the
    // root; end[node] marks the end of a root). Each word walks down the trie letter by letter:
    // the first root end it meets is its shortest root; falling off the trie (or reaching the
    // word's end) first means no root begins it.
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int k = Integer.parseInt(in.readLine().trim());
        String[] roots = new String[k];
        int letters = 1;
        for (int i = 0; i < k; i++) {
            roots[i] = in.readLine().trim();
            letters += roots[i].length();
        }
        int[] child = new int[letters * 26];
        boolean[] end = new boolean[letters];
        int size = 1;
        for (String root : roots) {
            int node = 0;
            for (int j = 0; j < root.length() && !end[node]; j++) {
                int slot = node * 26 + root.charAt(j) - 'a';
                if (child[slot] == 0) child[slot] = size++;
                node = child[slot];
            }
            end[node] = true;
        }
        String sentence = in.readLine();
        StringBuilder out = new StringBuilder(sentence.length() + 1);
        int n = sentence.length();
        int i = 0;
        boolean first = true;
        while (i < n) {
            while (i < n && sentence.charAt(i) == ' ') i++;
            if (i >= n) break;
            int start = i;
            while (i < n && sentence.charAt(i) != ' ') i++;
            int stop = i;
            int node = 0;
            for (int j = start; j < i; j++) {
                node = child[node * 26 + sentence.charAt(j) - 'a'];
                if (node == 0) break;
                if (end[node]) {
                    stop = j + 1;
                    break;
                }
            }
            if (!first) out.append(' ');
            out.append(sentence, start, stop);
            first = false;
        }
        out.append('\n');
        PrintWriter pw = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        pw.print(out);
        pw.flush();
    }
}
