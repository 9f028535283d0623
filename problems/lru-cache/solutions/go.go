package main

// A map from key to node plus a doubly linked list ordered from the least recently used (just
// after head) to the most recently used (just before tail). Every operation is O(1).
type lruNode struct {
	key, value int
	prev, next *lruNode
}

type LRUCache struct {
	capacity   int
	nodes      map[int]*lruNode
	head, tail *lruNode
}

func Constructor(capacity int) LRUCache {
	head, tail := &lruNode{}, &lruNode{}
	head.next = tail
	tail.prev = head
	return LRUCache{capacity: capacity, nodes: make(map[int]*lruNode, capacity), head: head, tail: tail}
}

func (this *LRUCache) unlink(node *lruNode) {
	node.prev.next = node.next
	node.next.prev = node.prev
}

func (this *LRUCache) appendNode(node *lruNode) {
	last := this.tail.prev
	last.next = node
	node.prev = last
	node.next = this.tail
	this.tail.prev = node
}

func (this *LRUCache) Get(key int) int {
	node, ok := this.nodes[key]
	if !ok {
		return -1
	}
	this.unlink(node)
	this.appendNode(node)
	return node.value
}

func (this *LRUCache) Put(key int, value int) {
	if node, ok := this.nodes[key]; ok {
		node.value = value
		this.unlink(node)
		this.appendNode(node)
		return
	}
	if len(this.nodes) == this.capacity {
		oldest := this.head.next
		this.unlink(oldest)
		delete(this.nodes, oldest.key)
	}
	node := &lruNode{key: key, value: value}
	this.nodes[key] = node
	this.appendNode(node)
}
