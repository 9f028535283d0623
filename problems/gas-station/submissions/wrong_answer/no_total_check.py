# Restarts after every failure but never checks the total: when no start works it still returns
# the last restart point.
class Solution:
    def canCompleteCircuit(self, gas, cost):
        tank = start = 0
        for i in range(len(gas)):
            tank += gas[i] - cost[i]
            if tank < 0:
                start = i + 1
                tank = 0
        return start if start < len(gas) else -1
