// Reads the text with cin >> s, which stops at the first space: only the first word is checked.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s, clean;
    cin >> s;
    for (char c : s)
        if (isalnum((unsigned char) c)) clean += tolower((unsigned char) c);
    string back(clean.rbegin(), clean.rend());
    cout << (clean == back ? "true" : "false") << "\n";
    return 0;
}
