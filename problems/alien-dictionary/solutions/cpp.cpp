class Solution {
public:
    string alienOrder(vector<string>& words) {
        // Neighbouring words give the only rules: their first differing letters are in order. A word
        // followed by its own proper prefix is impossible. Then Kahn's algorithm, always taking the
        // smallest letter (in English order) that has no rule left before it.
        bool present[26] = {}, rule[26][26] = {}, taken[26] = {};
        int indegree[26] = {};
        for (auto& w : words) for (char ch : w) present[ch - 'a'] = true;
        for (size_t k = 0; k + 1 < words.size(); k++) {
            const string& a = words[k];
            const string& b = words[k + 1];
            size_t i = 0;
            while (i < a.size() && i < b.size() && a[i] == b[i]) i++;
            if (i < a.size() && i < b.size()) {
                int x = a[i] - 'a', y = b[i] - 'a';
                if (!rule[x][y]) { rule[x][y] = true; indegree[y]++; }
            } else if (a.size() > b.size()) {
                return "";
            }
        }
        int total = 0;
        for (int c = 0; c < 26; c++) total += present[c];
        string order;
        while (true) {
            int c = 0;
            while (c < 26 && !(present[c] && !taken[c] && indegree[c] == 0)) c++;
            if (c == 26) break;
            taken[c] = true;
            order += char('a' + c);
            for (int d = 0; d < 26; d++) if (rule[c][d]) indegree[d]--;
        }
        return (int)order.size() == total ? order : "";
    }
};
