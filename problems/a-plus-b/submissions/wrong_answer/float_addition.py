# Wrong: reads the numbers as floats. A double has 53 bits of mantissa, so sums
# beyond 2^53 are rounded (and the output gets a ".0" / exponent form).
a, b = map(float, input().split())
print(int(a + b))
