class Solution {
public:
    bool isNStraightHand(vector<int>& hand, int groupSize) {
        // The smallest card left must start a group: take the values in increasing order; a value
        // with c cards left starts c groups, which take c cards of each of the next groupSize - 1
        // values. Sorted distinct values with their counts; O(n log n).
        int n = hand.size();
        if (n % groupSize != 0) return false;
        vector<int> sorted(hand);
        sort(sorted.begin(), sorted.end());
        vector<long long> values;
        vector<int> counts;
        for (int v : sorted) {
            if (!values.empty() && values.back() == v) counts.back()++;
            else { values.push_back(v); counts.push_back(1); }
        }
        int m = values.size();
        for (int i = 0; i < m; i++) {
            int c = counts[i];
            if (c == 0) continue;
            if (i + groupSize > m) return false;
            for (int k = 0; k < groupSize; k++) {
                int j = i + k;
                if (values[j] != values[i] + k || counts[j] < c) return false;
                counts[j] -= c;
            }
        }
        return true;
    }
};
