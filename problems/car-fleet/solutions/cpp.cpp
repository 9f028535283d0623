class Solution {
public:
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        int n = position.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return position[a] > position[b]; });
        // a car starts a new fleet only if it arrives strictly later than the fleet in front of it;
        // times (target - p) / s are compared exactly: d1 / s1 > d2 / s2  <=>  d1 * s2 > d2 * s1
        int fleets = 0;
        long long leadD = 0, leadS = 1;
        for (int i : order) {
            long long d = target - position[i], s = speed[i];
            if (d * leadS > leadD * s) {
                fleets++;
                leadD = d;
                leadS = s;
            }
        }
        return fleets;
    }
};
