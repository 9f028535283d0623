#include <bits/stdc++.h>
using namespace std;

// The letters of each key, in alphabetical order; a recursive search picks one letter per position,
// the letters of each key in order, so the combinations come out in lexicographic order.
static const string KEYS[10] = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
static string digits, current, out;

static void choose(size_t pos) {
    if (pos == digits.size()) {
        out += current;
        out += '\n';
        return;
    }
    for (char letter : KEYS[digits[pos] - '0']) {
        current[pos] = letter;
        choose(pos + 1);
    }
}

int main() {
    ios::sync_with_stdio(false);
    string line;
    getline(cin, line);
    for (char ch : line)
        if (ch >= '2' && ch <= '9') digits += ch;
    if (!digits.empty()) {
        current.assign(digits.size(), ' ');
        choose(0);
    }
    cout << out;
}
