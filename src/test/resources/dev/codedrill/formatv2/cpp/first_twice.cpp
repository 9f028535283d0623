class Solution {
public:
    optional<char> firstTwice(string s, vector<char>& skip) {
        unordered_set<char> seen;
        for (char c : s) {
            if (find(skip.begin(), skip.end(), c) != skip.end()) {
                continue;
            }
            if (seen.count(c)) {
                return c;
            }
            seen.insert(c);
        }
        return nullopt;
    }
};
