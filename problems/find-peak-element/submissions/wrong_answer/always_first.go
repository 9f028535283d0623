package main

import "fmt"

// Mistake: reasons that the first point is higher than the (infinitely low) point before it and so
// always prints 0, forgetting that it must also be higher than its right neighbour.
func main() {
	var n int
	fmt.Scan(&n)
	fmt.Println(0)
}
