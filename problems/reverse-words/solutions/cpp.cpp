#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string line;
    getline(cin, line);
    vector<string> words;
    istringstream ss(line);
    string w;
    while (ss >> w) words.push_back(w);
    string out;
    out.reserve(line.size() + 1);
    for (int i = (int) words.size() - 1; i >= 0; i--) {
        out += words[i];
        if (i > 0) out += ' ';
    }
    out += '\n';
    cout << out;
    return 0;
}
