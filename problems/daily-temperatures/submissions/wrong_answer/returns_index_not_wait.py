# Wrong: stores the index of the warmer day instead of the number of days to wait.
class Solution:
    def dailyTemperatures(self, temperatures):
        answer = [0] * len(temperatures)
        stack = []
        for i, t in enumerate(temperatures):
            while stack and temperatures[stack[-1]] < t:
                answer[stack.pop()] = i
            stack.append(i)
        return answer
