package main

// Two parallel slices: the values, and for each position the smallest value at or below it.
// The minimum of the whole stack is the last entry of mins; popping restores the previous one.
type MinStack struct {
	values []int
	mins   []int
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	smallest := val
	if n := len(this.mins); n > 0 && this.mins[n-1] < val {
		smallest = this.mins[n-1]
	}
	this.values = append(this.values, val)
	this.mins = append(this.mins, smallest)
}

func (this *MinStack) Pop() {
	this.values = this.values[:len(this.values)-1]
	this.mins = this.mins[:len(this.mins)-1]
}

func (this *MinStack) Top() int {
	return this.values[len(this.values)-1]
}

func (this *MinStack) GetMin() int {
	return this.mins[len(this.mins)-1]
}
