# Wrong: pops the stack on `<=`, so a day with the same temperature is taken for
# a warmer one.
class Solution:
    def dailyTemperatures(self, temperatures):
        answer = [0] * len(temperatures)
        stack = []
        for i, t in enumerate(temperatures):
            while stack and temperatures[stack[-1]] <= t:
                j = stack.pop()
                answer[j] = i - j
            stack.append(i)
        return answer
