package main

func getSum(a int, b int) int {
	// a ^ b is the sum without carries, (a & b) << 1 the carries; repeat until no carry is left.
	// Go's int is 64 bits: work in uint32 so that a carry out of the top bit disappears.
	x, y := uint32(int32(a)), uint32(int32(b))
	for y != 0 {
		carry := (x & y) << 1
		x ^= y
		y = carry
	}
	return int(int32(x))
}
