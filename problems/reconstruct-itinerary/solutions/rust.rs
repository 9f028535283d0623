impl Solution {
    pub fn find_itinerary(tickets: Vec<Vec<String>>) -> Vec<String> {
        // Hierholzer's algorithm. Each airport's destinations are sorted in reverse, so pop() gives
        // the smallest unused ticket. Follow tickets until stuck; the airport where we get stuck
        // comes last among those still to place, so it goes to the route, built back to front.
        let mut out: HashMap<String, Vec<String>> = HashMap::new();
        for t in tickets.iter() {
            out.entry(t[0].clone()).or_default().push(t[1].clone());
        }
        for dests in out.values_mut() {
            dests.sort_unstable_by(|a, b| b.cmp(a));
        }
        let mut route: Vec<String> = Vec::new();
        let mut stack: Vec<String> = vec!["SFO".to_string()];
        while let Some(top) = stack.last() {
            match out.get_mut(top).and_then(|d| d.pop()) {
                Some(next) => stack.push(next),
                None => route.push(stack.pop().unwrap()),
            }
        }
        route.reverse();
        route
    }
}
