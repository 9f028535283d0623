#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string text((istreambuf_iterator<char>(cin)), istreambuf_iterator<char>());
    unordered_map<string, int> counts;
    counts.reserve(1 << 16);
    size_t i = 0, n = text.size();
    string word;
    auto isLetter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    while (i < n) {
        while (i < n && !isLetter(text[i])) i++;
        word.clear();
        while (i < n && isLetter(text[i])) word.push_back(text[i++] | 0x20); // to lowercase
        if (!word.empty()) counts[word]++;
    }
    vector<pair<string, int>> entries(counts.begin(), counts.end());
    size_t k = min<size_t>(3, entries.size());
    partial_sort(entries.begin(), entries.begin() + k, entries.end(), [](const auto& x, const auto& y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    for (size_t j = 0; j < k; j++) cout << entries[j].first << ' ' << entries[j].second << '\n';
    return 0;
}
