class Trie {
    // A prefix tree: every node has one child slot per letter and a mark telling whether an inserted
    // word ends there. Every call walks down one node per letter of its argument.
    private static final class Node {
        final Node[] children = new Node[26];
        boolean word;
    }

    private final Node root = new Node();

    public Trie() {
    }

    public void insert(String word) {
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            int c = word.charAt(i) - 'a';
            if (node.children[c] == null) {
                node.children[c] = new Node();
            }
            node = node.children[c];
        }
        node.word = true;
    }

    private Node walk(String text) {
        Node node = root;
        for (int i = 0; i < text.length() && node != null; i++) {
            node = node.children[text.charAt(i) - 'a'];
        }
        return node;
    }

    public boolean search(String word) {
        Node node = walk(word);
        return node != null && node.word;
    }

    public boolean startsWith(String prefix) {
        return walk(prefix) != null;
    }
}
