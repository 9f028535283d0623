class Solution:
    def carFleet(self, target, position, speed):
        # closest car to the target first; a car starts a new fleet only if it arrives strictly
        # later than the fleet in front of it. Times (target - p) / s are compared exactly by
        # cross-multiplying: d1 / s1 > d2 / s2  <=>  d1 * s2 > d2 * s1.
        order = sorted(range(len(position)), key=lambda i: -position[i])
        fleets = 0
        lead_d, lead_s = 0, 1  # arrival time of the fleet ahead: lead_d / lead_s
        for i in order:
            d, s = target - position[i], speed[i]
            if d * lead_s > lead_d * s:
                fleets += 1
                lead_d, lead_s = d, s
        return fleets
