class Solution:
    def canCompleteCircuit(self, gas, cost):
        total = tank = start = 0
        for i in range(len(gas)):
            diff = gas[i] - cost[i]
            total += diff
            tank += diff
            if tank < 0:
                # no stop from start to i can be the start: try the next one
                start = i + 1
                tank = 0
        return start if total >= 0 else -1
