# Drives round from every stop in turn until one makes it: right, but quadratic.
class Solution:
    def canCompleteCircuit(self, gas, cost):
        n = len(gas)
        for s in range(n):
            tank = 0
            for k in range(n):
                i = (s + k) % n
                tank += gas[i] - cost[i]
                if tank < 0:
                    break
            else:
                return s
        return -1
