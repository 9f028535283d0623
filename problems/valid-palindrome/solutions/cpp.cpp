#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string line;
    getline(cin, line);  // an empty input leaves the line empty
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // two pointers from both ends, each skipping what is not a letter or a digit
    long long i = 0, j = (long long) line.size() - 1;
    bool ok = true;
    while (i < j) {
        unsigned char a = line[i], b = line[j];
        if (!isalnum(a)) i++;
        else if (!isalnum(b)) j--;
        else if (tolower(a) != tolower(b)) { ok = false; break; }
        else { i++; j--; }
    }
    cout << (ok ? "true" : "false") << "\n";
    return 0;
}
