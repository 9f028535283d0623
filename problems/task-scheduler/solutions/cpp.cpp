class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        // The most frequent task's m copies need (m - 1) gaps of n units between them:
        // (m - 1) * (n + 1) units plus one final slot per task that is also used m times. If the
        // other tasks overflow the gaps, no unit is idle and the answer is the number of tasks.
        int counts[26] = {0};
        for (char t : tasks) counts[t - 'A']++;
        int most = 0, tied = 0;
        for (int c : counts) {
            if (c > most) {
                most = c;
                tied = 1;
            } else if (c == most) {
                tied++;
            }
        }
        return max((int)tasks.size(), (most - 1) * (n + 1) + tied);
    }
};
