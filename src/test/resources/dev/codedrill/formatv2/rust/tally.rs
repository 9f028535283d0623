struct Tally {
    start: i64,
    added: Vec<i32>,
}

impl Tally {
    fn new(start: i32) -> Self {
        Tally { start: start as i64, added: Vec::new() }
    }

    fn add(&mut self, x: i32) {
        self.added.push(x);
    }

    fn total(&self) -> i64 {
        self.start + self.added.iter().map(|&x| x as i64).sum::<i64>()
    }

    fn label(&self, prefix: String) -> String {
        format!("{}:{}", prefix, self.total())
    }

    fn history(&self) -> Vec<i32> {
        self.added.clone()
    }

    fn is_empty(&self) -> bool {
        self.added.is_empty()
    }
}
