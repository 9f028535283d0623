package main

func leastInterval(tasks []byte, n int) int {
	// The most frequent task's m copies need (m - 1) gaps of n units between them:
	// (m - 1) * (n + 1) units plus one final slot per task that is also used m times. If the
	// other tasks overflow the gaps, no unit is idle and the answer is the number of tasks.
	var counts [26]int
	for _, t := range tasks {
		counts[t-'A']++
	}
	most, tied := 0, 0
	for _, c := range counts {
		if c > most {
			most, tied = c, 1
		} else if c == most {
			tied++
		}
	}
	if best := (most-1)*(n+1) + tied; best > len(tasks) {
		return best
	}
	return len(tasks)
}
