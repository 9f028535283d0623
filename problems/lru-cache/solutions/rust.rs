use std::collections::HashMap;

// The cached entries live in a vector and form a doubly linked list through indices, from the
// least recently used (after the head sentinel, slot 0) to the most recently used (before the tail
// sentinel, slot 1); a hash map gives each key's slot. A removed entry's slot is reused.
// Every operation is O(1).
struct LRUCache {
    capacity: usize,
    slots: HashMap<i32, usize>,
    keys: Vec<i32>,
    values: Vec<i32>,
    prev: Vec<usize>,
    next: Vec<usize>,
}

const HEAD: usize = 0;
const TAIL: usize = 1;

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache {
            capacity: capacity as usize,
            slots: HashMap::with_capacity(capacity as usize * 2),
            keys: vec![0, 0],
            values: vec![0, 0],
            prev: vec![HEAD, HEAD],
            next: vec![TAIL, TAIL],
        }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.prev[i], self.next[i]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    fn append(&mut self, i: usize) {
        let last = self.prev[TAIL];
        self.next[last] = i;
        self.prev[i] = last;
        self.next[i] = TAIL;
        self.prev[TAIL] = i;
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.slots.get(&key) {
            None => -1,
            Some(&i) => {
                self.unlink(i);
                self.append(i);
                self.values[i]
            }
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(&i) = self.slots.get(&key) {
            self.values[i] = value;
            self.unlink(i);
            self.append(i);
            return;
        }
        let i = if self.slots.len() == self.capacity {
            // reuse the least recently used entry's slot
            let oldest = self.next[HEAD];
            self.unlink(oldest);
            self.slots.remove(&self.keys[oldest]);
            oldest
        } else {
            self.keys.push(0);
            self.values.push(0);
            self.prev.push(HEAD);
            self.next.push(TAIL);
            self.keys.len() - 1
        };
        self.keys[i] = key;
        self.values[i] = value;
        self.slots.insert(key, i);
        self.append(i);
    }
}
