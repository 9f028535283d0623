impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        // Kahn's algorithm: keep taking a course whose prerequisites are all done
        let n = num_courses as usize;
        let mut indegree = vec![0u32; n];
        let mut unlocks: Vec<Vec<usize>> = vec![Vec::new(); n];
        for pair in &prerequisites {
            let (course, before) = (pair[0] as usize, pair[1] as usize);
            unlocks[before].push(course);
            indegree[course] += 1;
        }
        let mut ready: Vec<usize> = (0..n).filter(|&c| indegree[c] == 0).collect();
        let mut taken = 0;
        while let Some(c) = ready.pop() {
            taken += 1;
            for &next in &unlocks[c] {
                indegree[next] -= 1;
                if indegree[next] == 0 {
                    ready.push(next);
                }
            }
        }
        taken == n
    }
}
