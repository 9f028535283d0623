// Wrong: a search succeeds as soon as its characters can be followed down the trie, without
// checking that an added word ends there, so the beginning of a word counts as a word.
class WordDictionary {
    struct Node {
        Node* child[26] = {};
        bool end = false;
    };
    Node* root = new Node();

    bool match(const string& w, size_t i, Node* node) {
        if (i == w.size()) return true;
        if (w[i] == '.') {
            for (Node* c : node->child)
                if (c && match(w, i + 1, c)) return true;
            return false;
        }
        Node* c = node->child[w[i] - 'a'];
        return c && match(w, i + 1, c);
    }

public:
    WordDictionary() {}

    void addWord(string word) {
        Node* node = root;
        for (char ch : word) {
            if (!node->child[ch - 'a']) node->child[ch - 'a'] = new Node();
            node = node->child[ch - 'a'];
        }
        node->end = true;
    }

    bool search(string word) { return match(word, 0, root); }
};
