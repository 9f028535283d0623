use std::io::{self, Read};

// Number of primes p <= n, with a sieve of Eratosthenes over the odd numbers only.
fn count_primes(n: usize) -> usize {
    if n < 2 {
        return 0;
    }
    // composite[i] describes the odd number 2 * i + 1
    let size = (n + 1) / 2;
    let mut composite = vec![false; size];
    composite[0] = true; // 1 is not prime
    let mut i = 1;
    while (2 * i + 1) * (2 * i + 1) <= n {
        if !composite[i] {
            let p = 2 * i + 1;
            // start at p * p; odd multiples are 2p apart, i.e. p apart in index
            let mut j = p * p / 2;
            while j < size {
                composite[j] = true;
                j += p;
            }
        }
        i += 1;
    }
    // + 1 for the only even prime, 2
    composite.iter().filter(|&&c| !c).count() + 1
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let n: usize = input.split_ascii_whitespace().next().unwrap().parse().unwrap();
    println!("{}", count_primes(n));
}
