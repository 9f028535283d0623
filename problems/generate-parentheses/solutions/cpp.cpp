#include <bits/stdc++.h>
using namespace std;

int n;
string buf, out;

// place one character at position pos; '(' is tried before ')' so the strings come out sorted
void build(int pos, int opened, int closed) {
    if (pos == 2 * n) {
        out += buf;
        out += '\n';
        return;
    }
    if (opened < n) {
        buf[pos] = '(';
        build(pos + 1, opened + 1, closed);
    }
    if (closed < opened) {
        buf[pos] = ')';
        build(pos + 1, opened, closed + 1);
    }
}

int main() {
    cin >> n;
    buf.assign(2 * n, ' ');
    build(0, 0, 0);
    fwrite(out.data(), 1, out.size(), stdout);
}
