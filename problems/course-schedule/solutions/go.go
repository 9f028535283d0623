package main

func canFinish(numCourses int, prerequisites [][]int) bool {
	// Kahn's algorithm: repeatedly take a course whose prerequisites are all done
	indegree := make([]int, numCourses)
	unlocks := make([][]int, numCourses)
	for _, p := range prerequisites {
		unlocks[p[1]] = append(unlocks[p[1]], p[0])
		indegree[p[0]]++
	}
	queue := make([]int, 0, numCourses)
	for i := 0; i < numCourses; i++ {
		if indegree[i] == 0 {
			queue = append(queue, i)
		}
	}
	for head := 0; head < len(queue); head++ {
		for _, next := range unlocks[queue[head]] {
			indegree[next]--
			if indegree[next] == 0 {
				queue = append(queue, next)
			}
		}
	}
	return len(queue) == numCourses
}
