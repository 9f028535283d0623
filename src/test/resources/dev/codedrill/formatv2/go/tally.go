package main

import "strconv"

type Tally struct {
	start int64
	added []int
}

func Constructor(start int) Tally {
	return Tally{start: int64(start)}
}

func (this *Tally) Add(x int) {
	this.added = append(this.added, x)
}

func (this *Tally) Total() int64 {
	total := this.start
	for _, x := range this.added {
		total += int64(x)
	}
	return total
}

func (this *Tally) Label(prefix string) string {
	return prefix + ":" + strconv.FormatInt(this.Total(), 10)
}

func (this *Tally) History() []int {
	return this.added
}

func (this *Tally) IsEmpty() bool {
	return len(this.added) == 0
}
