// Compares the times exactly by cross-multiplying, but in int: distance * speed reaches 10^12
// and overflows 32 bits.
class Solution {
public:
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        int n = position.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return position[a] > position[b]; });
        int fleets = 0, leadD = 0, leadS = 1;
        for (int i : order) {
            int d = target - position[i], s = speed[i];
            if (d * leadS > leadD * s) {
                fleets++;
                leadD = d;
                leadS = s;
            }
        }
        return fleets;
    }
};
