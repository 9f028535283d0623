impl Solution {
    // Sort the names once: the names that start with a prefix then form one block of the sorted
    // list, and its first three names are the suggestions. The block of a longer prefix lies
    // inside the block of a shorter one, so its start (found by binary search) never moves left.
    pub fn suggested_products(products: Vec<String>, search_word: String) -> Vec<Vec<String>> {
        let mut names = products;
        names.sort();
        let mut result = Vec::with_capacity(search_word.len());
        let mut lo = 0;
        for i in 1..=search_word.len() {
            let prefix = &search_word[..i];
            lo += names[lo..].partition_point(|name| name.as_str() < prefix);
            let row: Vec<String> = names[lo..]
                .iter()
                .take(3)
                .take_while(|name| name.starts_with(prefix))
                .cloned()
                .collect();
            result.push(row);
        }
        result
    }
}
