// Each entry keeps its value and the smallest value at or below it, so the minimum of the whole
// stack is the top entry's; popping restores the previous one.
struct MinStack {
    entries: Vec<(i32, i32)>, // (value, minimum so far)
}

impl MinStack {
    fn new() -> Self {
        MinStack { entries: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        let smallest = match self.entries.last() {
            Some(&(_, m)) if m < val => m,
            _ => val,
        };
        self.entries.push((val, smallest));
    }

    fn pop(&mut self) {
        self.entries.pop();
    }

    fn top(&self) -> i32 {
        self.entries.last().unwrap().0
    }

    fn get_min(&self) -> i32 {
        self.entries.last().unwrap().1
    }
}
