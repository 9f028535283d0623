// Binary searches each number's complement in the whole array instead of after the number itself:
// when the answer is two equal numbers, the search finds the number itself and returns [i, i].
class Solution {
public:
    vector<int> twoSumSorted(vector<int>& numbers, int target) {
        int n = numbers.size();
        for (int i = 0; i < n; i++) {
            long long want = (long long) target - numbers[i];
            auto it = lower_bound(numbers.begin(), numbers.end(), want);
            if (it != numbers.end() && *it == want) {
                int j = it - numbers.begin();
                return {i + 1, j + 1};
            }
        }
        return {};
    }
};
