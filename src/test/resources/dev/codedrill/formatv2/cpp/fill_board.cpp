class Solution {
public:
    void fill(vector<vector<char>>& board, char target, char mark) {
        for (auto& row : board) {
            for (char& c : row) {
                if (c == target) {
                    c = mark;
                }
            }
        }
    }
};
