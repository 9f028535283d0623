package main

func myPow(x float64, n int) float64 {
	// binary exponentiation: O(log |n|) multiplications
	e := int64(n)
	if e < 0 {
		x = 1.0 / x
		e = -e
	}
	result := 1.0
	for e > 0 {
		if e&1 == 1 {
			result *= x
		}
		x *= x
		e >>= 1
	}
	return result
}
