package main

func reverseBits(n int64) int64 {
	// 32 steps exactly: the lowest bit of n goes onto the end of the answer.
	var res int64
	for i := 0; i < 32; i++ {
		res = (res << 1) | (n & 1)
		n >>= 1
	}
	return res
}
