# Mistake: reverses the binary string without padding it to 32 digits first, so the leading zeros
# are lost instead of becoming trailing zeros (13 = "1101" comes back as "1011" = 11).
class Solution:
    def reverseBits(self, n):
        return int(bin(n)[2:][::-1], 2)
