# Starts at the first stop whose fuel covers the next leg, if the total is enough.
class Solution:
    def canCompleteCircuit(self, gas, cost):
        if sum(gas) < sum(cost):
            return -1
        for i in range(len(gas)):
            if gas[i] >= cost[i]:
                return i
        return -1
