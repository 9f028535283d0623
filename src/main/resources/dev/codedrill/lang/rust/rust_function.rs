// CodeDrill harness for Rust function and design problems: the prelude (ListNode, TreeNode, GraphNode, struct
// Solution, HashMap), the user's solution.rs in a module of its own (with, for a design problem, the calls of the
// user's struct in a module inside it, which sees the struct's private methods), then the harness, which reads
// input.txt, calls the user's code for each test and writes one JSON line per test to results.jsonl, flushed per
// test. Generated; do not edit.
#![allow(dead_code, unused_imports, unused_mut, unused_variables, unused_parens, non_snake_case)]
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<Rc<RefCell<TreeNode>>>,
    pub right: Option<Rc<RefCell<TreeNode>>>,
}

impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode { val, left: None, right: None }
    }
}

pub struct GraphNode {
    pub val: i32,
    pub neighbors: Vec<Rc<RefCell<GraphNode>>>,
}

impl GraphNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        GraphNode { val, neighbors: Vec::new() }
    }
}

pub struct Solution;

mod solution {
    use super::*;
    include!("solution.rs");
{{DESIGN}}}

mod codedrill_harness {
    use super::*;
    use std::cell::Cell;
    use std::collections::{HashSet, VecDeque};
    use std::fs::File;
    use std::hash::Hash;
    use std::io::{Read, Write};
    use std::os::unix::io::AsRawFd;
    use std::sync::Mutex;

    const STDOUT_CAP: u64 = {{STDOUT_CAP}};
    const NODE_LIMIT: usize = 1_000_000;
    const CAPTURE: &str = ".codedrill-stdout";
    const CYCLE: &str = "this test's list has a cycle, which Rust's Option<Box<ListNode>> cannot hold: solve it in \
                         another language";

    thread_local! {
        /** The nodes of the graphs given to the test: a returned node that is one of them is not a copy. */
        static GIVEN_GRAPH: RefCell<Vec<Rc<RefCell<GraphNode>>>> = RefCell::new(Vec::new());
        /** Why the returned value is wrong whatever was expected (a graph that is not a copy). */
        static WRONG: RefCell<Option<String>> = RefCell::new(None);
        /** A design test's call running now, its number (the constructor's is 1) and its method's name. */
        static CALL_AT: Cell<(usize, &'static str)> = Cell::new((0, ""));
    }

    extern "C" {
        fn dup(fd: i32) -> i32;
        fn dup2(from: i32, to: i32) -> i32;
    }

    // ------------------------------------------------------------ input tokens
    pub struct Input {
        data: Vec<u8>,
        pos: usize,
        /** Why the test just read cannot be run (a list with a cycle); it is reported instead. */
        fault: Option<String>,
    }

    impl Input {
        pub fn tok(&mut self) -> &str {
            while self.pos < self.data.len() && self.data[self.pos] <= b' ' {
                self.pos += 1;
            }
            let start = self.pos;
            while self.pos < self.data.len() && self.data[self.pos] > b' ' {
                self.pos += 1;
            }
            std::str::from_utf8(&self.data[start..self.pos]).unwrap_or("")
        }

        pub fn num(&mut self) -> i64 {
            self.tok().parse().unwrap_or(0)
        }
    }

    pub trait Rd: Sized {
        fn rd(input: &mut Input) -> Self;
    }

    impl Rd for i32 {
        fn rd(input: &mut Input) -> Self {
            input.num() as i32
        }
    }

    impl Rd for i64 {
        fn rd(input: &mut Input) -> Self {
            input.num()
        }
    }

    impl Rd for f64 {
        fn rd(input: &mut Input) -> Self {
            input.tok().parse().unwrap_or(f64::NAN)
        }
    }

    impl Rd for bool {
        fn rd(input: &mut Input) -> Self {
            input.tok() == "1"
        }
    }

    impl Rd for String {
        fn rd(input: &mut Input) -> Self {
            let t = input.tok().as_bytes();
            if t.is_empty() {
                return String::new();
            }
            let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
            let bytes: Vec<u8> = t[1..].chunks(2).filter(|p| p.len() == 2).map(|p| hex(p[0]) * 16 + hex(p[1])).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
    }

    impl Rd for char {
        /** Its character code (printable ASCII). */
        fn rd(input: &mut Input) -> Self {
            char::from_u32(input.num() as u32).unwrap_or(char::REPLACEMENT_CHARACTER)
        }
    }

    impl<T: Rd> Rd for Vec<T> {
        fn rd(input: &mut Input) -> Self {
            let n = input.num().max(0) as usize;
            (0..n).map(|_| T::rd(input)).collect()
        }
    }

    impl Rd for Option<Box<ListNode>> {
        fn rd(input: &mut Input) -> Self {
            let values: Vec<i32> = Vec::rd(input);
            // the index of the node the tail links back to (LeetCode's pos): a Box owns its one next node, so a
            // cycle cannot be built, and the test is reported as such
            if input.num() >= 0 && input.fault.is_none() {
                input.fault = Some(CYCLE.to_string());
            }
            let mut head = None;
            for v in values.into_iter().rev() {
                head = Some(Box::new(ListNode { val: v, next: head }));
            }
            head
        }
    }

    impl Rd for Option<Rc<RefCell<TreeNode>>> {
        fn rd(input: &mut Input) -> Self {
            let n = input.num().max(0) as usize;
            let nodes: Vec<Option<Rc<RefCell<TreeNode>>>> = (0..n)
                .map(|_| match input.tok() {
                    "n" => None,
                    t => Some(Rc::new(RefCell::new(TreeNode::new(t.parse().unwrap_or(0))))),
                })
                .collect();
            let root = nodes.first().cloned().flatten();
            let mut queue = VecDeque::new();
            if let Some(r) = &root {
                queue.push_back(r.clone());
            }
            let mut i = 1;
            while let Some(node) = queue.pop_front() {
                if i >= n {
                    break;
                }
                if let Some(left) = &nodes[i] {
                    node.borrow_mut().left = Some(left.clone());
                    queue.push_back(left.clone());
                }
                i += 1;
                if i < n {
                    if let Some(right) = &nodes[i] {
                        node.borrow_mut().right = Some(right.clone());
                        queue.push_back(right.clone());
                    }
                }
                i += 1;
            }
            root
        }
    }

    impl Rd for Option<Rc<RefCell<GraphNode>>> {
        fn rd(input: &mut Input) -> Self {
            let n = input.num().max(0) as usize;
            let nodes: Vec<Rc<RefCell<GraphNode>>> =
                (1..=n).map(|v| Rc::new(RefCell::new(GraphNode::new(v as i32)))).collect();
            for node in &nodes {
                let d = input.num().max(0) as usize;
                for _ in 0..d {
                    let v = input.num();
                    if v >= 1 && v as usize <= n {
                        node.borrow_mut().neighbors.push(nodes[v as usize - 1].clone());
                    }
                }
            }
            let first = nodes.first().cloned();
            GIVEN_GRAPH.with(|given| given.borrow_mut().extend(nodes));
            first
        }
    }

    /** A map's key: an int or a string. */
    pub trait Key: Rd + Eq + Hash {
        /** The key as a JSON object's name: an int's as a string ("7"). */
        fn name(&self, out: &mut String);
    }

    impl Key for i32 {
        fn name(&self, out: &mut String) {
            out.push('"');
            out.push_str(&self.to_string());
            out.push('"');
        }
    }

    impl Key for String {
        fn name(&self, out: &mut String) {
            json_string(self, out);
        }
    }

    impl<K: Key, V: Rd> Rd for HashMap<K, V> {
        fn rd(input: &mut Input) -> Self {
            let n = input.num().max(0) as usize;
            let mut map = HashMap::with_capacity(n);
            for _ in 0..n {
                let k = K::rd(input);
                let v = V::rd(input);
                map.insert(k, v);
            }
            map
        }
    }

    // ------------------------------------------------------------ JSON out
    pub trait Wr {
        fn wr(&self, out: &mut String) -> Result<(), String>;
    }

    impl Wr for i32 {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            out.push_str(&self.to_string());
            Ok(())
        }
    }

    impl Wr for i64 {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            out.push_str(&self.to_string());
            Ok(())
        }
    }

    impl Wr for bool {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            out.push_str(if *self { "true" } else { "false" });
            Ok(())
        }
    }

    impl Wr for f64 {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            if self.is_nan() {
                out.push_str("NaN");
            } else if self.is_infinite() {
                out.push_str(if *self > 0.0 { "Infinity" } else { "-Infinity" });
            } else {
                out.push_str(&format!("{:?}", self)); // the shortest text that reads back as the value
            }
            Ok(())
        }
    }

    pub fn json_string(s: &str, out: &mut String) {
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
    }

    impl Wr for String {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            json_string(self, out);
            Ok(())
        }
    }

    /** A char as a JSON string of one character. */
    impl Wr for char {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            let mut buf = [0u8; 4];
            json_string(self.encode_utf8(&mut buf), out);
            Ok(())
        }
    }

    /**
     * A nullable result (Option<i32>, Option<char>, ...): null when None. Only the scalars: an Option of a node is
     * the node type itself, written as a list, a tree or a graph.
     */
    macro_rules! nullable {
        ($($t:ty),*) => {$(
            impl Wr for Option<$t> {
                fn wr(&self, out: &mut String) -> Result<(), String> {
                    match self {
                        Some(v) => v.wr(out),
                        None => {
                            out.push_str("null");
                            Ok(())
                        }
                    }
                }
            }
        )*};
    }

    nullable!(i32, i64, f64, bool, String, char);

    impl<T: Wr> Wr for Vec<T> {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            out.push('[');
            for (i, e) in self.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                e.wr(out)?;
            }
            out.push(']');
            Ok(())
        }
    }

    impl Wr for Option<Box<ListNode>> {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            out.push('[');
            let mut node = self.as_ref();
            let mut count = 0;
            while let Some(n) = node {
                count += 1;
                if count > NODE_LIMIT {
                    return Err("the returned list has more than 10^6 nodes".to_string());
                }
                if count > 1 {
                    out.push(',');
                }
                out.push_str(&n.val.to_string());
                node = n.next.as_ref();
            }
            out.push(']');
            Ok(())
        }
    }

    impl Wr for Option<Rc<RefCell<TreeNode>>> {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            let mut queue: Vec<Option<Rc<RefCell<TreeNode>>>> = vec![self.clone()];
            let mut i = 0;
            while i < queue.len() {
                if queue.len() > 2 * NODE_LIMIT {
                    return Err("the returned tree has more than 10^6 nodes (a cycle?)".to_string());
                }
                if let Some(node) = queue[i].clone() {
                    let node = node.borrow();
                    queue.push(node.left.clone());
                    queue.push(node.right.clone());
                }
                i += 1;
            }
            let mut end = queue.len();
            while end > 0 && queue[end - 1].is_none() {
                end -= 1;
            }
            out.push('[');
            for (i, node) in queue[..end].iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                match node {
                    Some(n) => out.push_str(&n.borrow().val.to_string()),
                    None => out.push_str("null"),
                }
            }
            out.push(']');
            Ok(())
        }
    }

    impl<K: Key, V: Wr> Wr for HashMap<K, V> {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            out.push('{');
            for (i, (k, v)) in self.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                k.name(out);
                out.push(':');
                v.wr(out)?;
            }
            out.push('}');
            Ok(())
        }
    }

    fn address(node: &Rc<RefCell<GraphNode>>) -> usize {
        Rc::as_ptr(node) as *const u8 as usize
    }

    /**
     * The graph reached from the returned node (breadth first, neighbours in order) as adjacency lists, entry i the
     * neighbours of the node of value i+1; a node that is one of the given graph's, or values that are not 1 to k
     * each once, make the value wrong (WRONG says why).
     */
    impl Wr for Option<Rc<RefCell<GraphNode>>> {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            let start = match self {
                None => {
                    out.push_str("[]");
                    return Ok(());
                }
                Some(node) => node.clone(),
            };
            let busy = |_| "a node of the returned graph is still borrowed mutably".to_string();
            let mut seen: HashSet<usize> = HashSet::new();
            seen.insert(address(&start));
            let mut order = vec![start];
            let mut i = 0;
            while i < order.len() {
                let node = order[i].clone();
                let node = node.try_borrow().map_err(busy)?;
                for next in &node.neighbors {
                    if seen.insert(address(next)) {
                        if order.len() >= NODE_LIMIT {
                            return Err("the returned graph has more than 10^6 nodes".to_string());
                        }
                        order.push(next.clone());
                    }
                }
                i += 1;
            }
            let k = order.len();
            let given: HashSet<usize> = GIVEN_GRAPH.with(|g| g.borrow().iter().map(address).collect());
            let mut wrong = None;
            let mut by_value: Vec<Option<usize>> = vec![None; k];
            for (j, node) in order.iter().enumerate() {
                let v = node.try_borrow().map_err(busy)?.val;
                if v < 1 || v as usize > k {
                    wrong = Some(format!("The returned graph's nodes must have the values 1 to {}, each once: {} \
                                          nodes were reached, one of them with the value {}", k, k, v));
                    break;
                } else if by_value[v as usize - 1].is_some() {
                    wrong = Some(format!("The returned graph's nodes must have the values 1 to {}, each once: two \
                                          of the {} nodes reached have the value {}", k, k, v));
                    break;
                }
                by_value[v as usize - 1] = Some(j);
            }
            // in the order of the values, or, when they are not 1 to k, in the order reached
            let listed: Vec<usize> = match wrong {
                None => by_value.iter().map(|j| j.unwrap_or(0)).collect(),
                Some(_) => (0..k).collect(),
            };
            if let Some(node) = order.iter().find(|node| given.contains(&address(node))) {
                wrong = Some(format!("The returned graph is not a copy: node {} is one of the given nodes. Build new \
                                      nodes.", node.try_borrow().map_err(busy)?.val));
            }
            out.push('[');
            for (x, &j) in listed.iter().enumerate() {
                if x > 0 {
                    out.push(',');
                }
                out.push('[');
                for (y, next) in order[j].try_borrow().map_err(busy)?.neighbors.iter().enumerate() {
                    if y > 0 {
                        out.push(',');
                    }
                    out.push_str(&next.try_borrow().map_err(busy)?.val.to_string());
                }
                out.push(']');
            }
            out.push(']');
            if let Some(why) = wrong {
                WRONG.with(|w| {
                    let mut w = w.borrow_mut();
                    if w.is_none() {
                        *w = Some(why);
                    }
                });
            }
            Ok(())
        }
    }

    /** A design test's results, written already (or why they could not be). */
    pub struct Written(pub Result<String, String>);

    impl Wr for Written {
        fn wr(&self, out: &mut String) -> Result<(), String> {
            match &self.0 {
                Ok(text) => {
                    out.push_str(text);
                    Ok(())
                }
                Err(error) => Err(error.clone()),
            }
        }
    }

    /** A design test's call n (the constructor's is 1) of the method is running: a panic names it. */
    pub fn calling(n: usize, method: &'static str) {
        CALL_AT.with(|at| at.set((n, method)));
    }

    /** The given graphs' nodes link to each other: their links are cut so they are freed. */
    fn forget_given_graphs() {
        let nodes = GIVEN_GRAPH.with(|g| std::mem::take(&mut *g.borrow_mut()));
        for node in nodes {
            if let Ok(mut node) = node.try_borrow_mut() {
                node.neighbors.clear();
            }
        }
    }

    // ------------------------------------------------------------ running
    static PANIC: Mutex<String> = Mutex::new(String::new());

    /** What a panic said and where, as Rust itself says it: panicked at 'MESSAGE', solution.rs:LINE:COLUMN. */
    fn remember_panics() {
        std::panic::set_hook(Box::new(|info| {
            let payload = info.payload();
            let message = if let Some(s) = payload.downcast_ref::<&str>() {
                s.to_string()
            } else if let Some(s) = payload.downcast_ref::<String>() {
                s.clone()
            } else {
                "Box<dyn Any>".to_string()
            };
            let place = info.location().map(|l| format!(", {}:{}:{}", l.file(), l.line(), l.column()))
                .unwrap_or_default();
            if let Ok(mut last) = PANIC.lock() {
                *last = format!("panicked at '{}'{}", message, place);
            }
        }));
    }

    /** The test's own prints: fd 1 goes to a file while it runs; the first STDOUT_CAP bytes are kept. */
    struct Captured {
        saved: i32,
    }

    impl Captured {
        fn start() -> Captured {
            let _ = std::io::stdout().flush();
            let file = File::create(CAPTURE).expect("the work dir is writable");
            let saved = unsafe { dup(1) };
            unsafe { dup2(file.as_raw_fd(), 1) };
            Captured { saved }
        }

        fn stop(self) -> (String, bool) {
            let _ = std::io::stdout().flush();
            unsafe { dup2(self.saved, 1) };
            let mut kept = Vec::new();
            let mut size = 0;
            if let Ok(file) = File::open(CAPTURE) {
                size = file.metadata().map(|m| m.len()).unwrap_or(0);
                let _ = file.take(STDOUT_CAP).read_to_end(&mut kept);
            }
            // a flood may have filled the work dir: the results must still fit
            let _ = std::fs::remove_file(CAPTURE);
            (String::from_utf8_lossy(&kept).into_owned(), size > STDOUT_CAP)
        }
    }

    pub fn run_tests() {
        let mut data = Vec::new();
        File::open("input.txt").and_then(|mut f| f.read_to_end(&mut data)).expect("input.txt");
        let mut input = Input { data, pos: 0, fault: None };
        let mut results = File::create("results.jsonl").expect("results.jsonl");
        remember_panics();
        let tests = input.num();
        for i in 0..tests {
{{READ_ARGS}}
            let mut record = String::from("{\"i\": ");
            record.push_str(&i.to_string());
            if let Some(fault) = input.fault.take() {
                forget_given_graphs();
                record.push_str(", \"status\": \"error\", \"error\": ");
                json_string(&fault, &mut record);
                record.push_str(", \"ms\": 0.0, \"stdout\": \"\", \"flooded\": false}\n");
                let _ = results.write_all(record.as_bytes());
                let _ = results.flush();
                continue;
            }
            CALL_AT.with(|at| at.set((0, "")));
            WRONG.with(|w| w.borrow_mut().take());
            let captured = Captured::start();
            let start = std::time::Instant::now();
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
                let result = {{CALL}};
                let mut value = String::new();
                result.wr(&mut value).map(|_| value)
            }));
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            let (stdout, flooded) = captured.stop();
            forget_given_graphs();
            match outcome {
                _ if flooded => record.push_str(", \"status\": \"flood\", \"error\": \"output limit exceeded\""),
                Ok(Ok(value)) => {
                    record.push_str(", \"status\": \"ok\", \"value\": ");
                    record.push_str(&value);
                    if let Some(why) = WRONG.with(|w| w.borrow_mut().take()) {
                        record.push_str(", \"wrong\": ");
                        json_string(&why, &mut record);
                    }
                }
                Ok(Err(error)) => {
                    record.push_str(", \"status\": \"error\", \"error\": ");
                    json_string(&error, &mut record);
                }
                Err(_) => {
                    let mut said = PANIC.lock().map(|p| p.clone()).unwrap_or_default();
                    if said.is_empty() {
                        said = "panicked".to_string();
                    }
                    let (call, method) = CALL_AT.with(|at| at.get());
                    if call > 0 {
                        said = format!("in call {}, {}: {}", call, method, said);
                    }
                    record.push_str(", \"status\": \"error\", \"error\": ");
                    json_string(&said, &mut record);
                }
            }
            record.push_str(", \"ms\": ");
            let _ = ms.wr(&mut record);
            record.push_str(", \"stdout\": ");
            json_string(&stdout, &mut record);
            record.push_str(if flooded { ", \"flooded\": true}\n" } else { ", \"flooded\": false}\n" });
            let _ = results.write_all(record.as_bytes());
            let _ = results.flush();
        }
    }
}

fn main() {
    // deep recursion works as it does on LeetCode
    let worker = std::thread::Builder::new()
        .stack_size({{STACK_MB}} << 20)
        .spawn(codedrill_harness::run_tests);
    match worker {
        Ok(handle) => {
            let _ = handle.join();
        }
        Err(_) => codedrill_harness::run_tests(),
    }
    std::process::exit(0);
}
