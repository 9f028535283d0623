# For each car, scans every car in front of it for the latest arrival time: the car leads a
# fleet when it arrives strictly later than all of them. Right, but quadratic.
from fractions import Fraction


class Solution:
    def carFleet(self, target, position, speed):
        n = len(position)
        times = [Fraction(target - position[i], speed[i]) for i in range(n)]
        fleets = 0
        for i in range(n):
            latest_ahead = Fraction(0)
            for j in range(n):
                if position[j] > position[i] and times[j] > latest_ahead:
                    latest_ahead = times[j]
            if times[i] > latest_ahead:
                fleets += 1
        return fleets
