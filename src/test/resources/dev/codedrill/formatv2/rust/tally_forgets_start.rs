struct Tally {
    added: Vec<i32>,
}

impl Tally {
    fn new(start: i32) -> Self {
        Tally { added: Vec::new() }
    }

    fn add(&mut self, x: i32) {
        self.added.push(x);
    }

    fn total(&mut self) -> i64 {
        self.added.iter().map(|&x| x as i64).sum()
    }

    fn label(&mut self, prefix: String) -> String {
        format!("{}:{}", prefix, self.total())
    }

    fn history(&mut self) -> Vec<i32> {
        self.added.clone()
    }

    fn is_empty(&mut self) -> bool {
        self.added.is_empty()
    }
}
