package main

// A prefix tree (trie) in flat slices: next[node*26+letter] is a child (0: none; node 0 is the
// root) and end[node] marks that an added word ends there. A search follows its letters down the
// trie; a '.' branches into every child of the node it reaches.
type WordDictionary struct {
	next []int32
	end  []bool
}

func Constructor() WordDictionary {
	return WordDictionary{next: make([]int32, 26), end: make([]bool, 1)}
}

func (this *WordDictionary) AddWord(word string) {
	node := int32(0)
	for i := 0; i < len(word); i++ {
		slot := node*26 + int32(word[i]-'a')
		if this.next[slot] == 0 {
			this.next[slot] = int32(len(this.end))
			this.end = append(this.end, false)
			this.next = append(this.next, make([]int32, 26)...)
		}
		node = this.next[slot]
	}
	this.end[node] = true
}

func (this *WordDictionary) Search(word string) bool {
	return this.match(word, 0, 0)
}

func (this *WordDictionary) match(word string, i int, node int32) bool {
	for ; i < len(word); i++ {
		if word[i] == '.' {
			for c := int32(0); c < 26; c++ {
				child := this.next[node*26+c]
				if child != 0 && this.match(word, i+1, child) {
					return true
				}
			}
			return false
		}
		node = this.next[node*26+int32(word[i]-'a')]
		if node == 0 {
			return false
		}
	}
	return this.end[node]
}
