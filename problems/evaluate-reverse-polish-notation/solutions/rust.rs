impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        let mut stack: Vec<i64> = Vec::with_capacity(tokens.len());
        for token in &tokens {
            match token.as_str() {
                "+" | "-" | "*" | "/" => {
                    let b = stack.pop().unwrap();
                    let a = stack.pop().unwrap();
                    stack.push(match token.as_str() {
                        "+" => a + b,
                        "-" => a - b,
                        "*" => a * b,
                        _ => a / b, // Rust's integer division truncates toward zero
                    });
                }
                number => stack.push(number.parse().unwrap()),
            }
        }
        stack.pop().unwrap() as i32
    }
}
