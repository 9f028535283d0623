# Starts a new fleet when a car arrives at the same time as the fleet ahead (>= instead of >),
# but a car that catches up exactly at the target joins that fleet.
class Solution:
    def carFleet(self, target, position, speed):
        cars = sorted(zip(position, speed), reverse=True)
        fleets = 0
        lead_d, lead_s = 0, 1
        for p, s in cars:
            d = target - p
            if d * lead_s >= lead_d * s:
                fleets += 1
                lead_d, lead_s = d, s
        return fleets
