package main

import "sort"

// For every key, the timestamps of its set calls (increasing, as they arrive) and the values stored
// at them. Get finds the last timestamp <= the one asked for by binary search: Set is O(1)
// amortised, Get is O(log k) for a key with k versions.
type history struct {
	times  []int
	values []string
}

type TimeMap struct {
	keys map[string]*history
}

func Constructor() TimeMap {
	return TimeMap{keys: make(map[string]*history)}
}

func (this *TimeMap) Set(key string, value string, timestamp int) {
	h, ok := this.keys[key]
	if !ok {
		h = &history{}
		this.keys[key] = h
	}
	h.times = append(h.times, timestamp)
	h.values = append(h.values, value)
}

func (this *TimeMap) Get(key string, timestamp int) string {
	h, ok := this.keys[key]
	if !ok {
		return ""
	}
	// the first index whose timestamp is after the one asked for
	i := sort.Search(len(h.times), func(j int) bool { return h.times[j] > timestamp })
	if i == 0 {
		return ""
	}
	return h.values[i-1]
}
