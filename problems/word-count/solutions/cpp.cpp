class Solution {
public:
    unordered_map<string, int> wordCount(string text) {
        // a word is a maximal run of ASCII letters, counted in lowercase
        unordered_map<string, int> counts;
        string word;
        for (size_t i = 0; i <= text.size(); i++) {
            char c = i < text.size() ? text[i] : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                word += (char) (c | 0x20);
            } else if (!word.empty()) {
                counts[word]++;
                word.clear();
            }
        }
        return counts;
    }
};
