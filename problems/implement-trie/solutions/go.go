package main

// A prefix tree: every node has one child per letter and marks whether an inserted word ends
// there. Every call walks down one node per letter of its argument.
type trieNode struct {
	children [26]*trieNode
	word     bool
}

type Trie struct {
	root *trieNode
}

func Constructor() Trie {
	return Trie{root: &trieNode{}}
}

func (this *Trie) Insert(word string) {
	node := this.root
	for i := 0; i < len(word); i++ {
		c := word[i] - 'a'
		if node.children[c] == nil {
			node.children[c] = &trieNode{}
		}
		node = node.children[c]
	}
	node.word = true
}

func (this *Trie) walk(text string) *trieNode {
	node := this.root
	for i := 0; i < len(text) && node != nil; i++ {
		node = node.children[text[i]-'a']
	}
	return node
}

func (this *Trie) Search(word string) bool {
	node := this.walk(word)
	return node != nil && node.word
}

func (this *Trie) StartsWith(prefix string) bool {
	return this.walk(prefix) != nil
}
