class WordDictionary {
    // A prefix tree (trie) in flat arrays: next[node * 26 + letter] is a child (0: none; node 0 is
    // the root) and end[node] marks that an added word ends there. A search follows its letters
    // down the trie; a '.' branches into every child of the node it reaches.
    vector<int> next = vector<int>(26, 0);
    vector<char> end = vector<char>(1, 0);

    bool match(const string& word, size_t i, int node) {
        for (; i < word.size(); i++) {
            char ch = word[i];
            if (ch == '.') {
                for (int c = 0; c < 26; c++) {
                    int child = next[node * 26 + c];
                    if (child != 0 && match(word, i + 1, child)) return true;
                }
                return false;
            }
            node = next[node * 26 + (ch - 'a')];
            if (node == 0) return false;
        }
        return end[node] != 0;
    }

public:
    WordDictionary() {}

    void addWord(string word) {
        int node = 0;
        for (char ch : word) {
            int slot = node * 26 + (ch - 'a');
            if (next[slot] == 0) {
                next[slot] = (int)end.size();
                end.push_back(0);
                next.resize(next.size() + 26, 0);
            }
            node = next[slot];
        }
        end[node] = 1;
    }

    bool search(string word) {
        return match(word, 0, 0);
    }
};
