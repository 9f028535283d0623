// Wrong: the sliding window is right, but the answer is computed as right - left (one short),
// and only while the loop runs.
class Solution {
public:
    int characterReplacement(string s, int k) {
        int count[26] = {0};
        int left = 0, best = 0, answer = 0;
        for (int right = 0; right < (int) s.size(); right++) {
            int c = s[right] - 'A';
            count[c]++;
            best = max(best, count[c]);
            while (right - left + 1 - best > k) {
                count[s[left] - 'A']--;
                left++;
            }
            answer = max(answer, right - left);
        }
        return answer;
    }
};
