//! Sorting through one instantiation of the standard library's sort (the core's and the page's
//! lists alike).
//!
//! `slice::sort_by` is generic over the element and the comparison: each call site links its own
//! copy of the stable sort (driftsort, its small-sort networks and merges, 3 to 5 KB of wasm
//! each). These functions sort a permutation of indices instead, with the comparison behind a
//! `dyn`, so every caller shares one copy of the standard sort; what stays generic is a short
//! loop that moves the elements into place. Same results as the standard stable sort (ties keep
//! their order).

use std::cmp::Ordering;

/// The stable order of `n` items under `cmp` (by index): `out[i]` is the index of the item
/// that goes to position `i`.
#[inline(never)]
fn permutation(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| cmp(a, b));
    idx
}

/// `v.sort_by(cmp)`: stable.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut idx = {
        let s = &*v;
        permutation(s.len(), &mut |a, b| cmp(&s[a], &s[b]))
    };
    // follow each cycle of the permutation, swapping each element into place; a position
    // done points to itself
    for start in 0..idx.len() {
        let mut at = start;
        while idx[at] != start && idx[at] != at {
            let from = idx[at];
            v.swap(at, from);
            idx[at] = at;
            at = from;
        }
        idx[at] = at;
    }
}

/// `v.sort_by_key(key)`: stable.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// `v.sort()`: stable.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The items in order, each once: what collecting into a `BTreeSet` gives, as a `Vec` (which
/// links no sort of its own: `BTreeSet::from_iter` sorts its input with the standard sort).
pub fn sorted_unique<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = items.into_iter().collect();
    sort(&mut v);
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    // the standard `sort_by` is what `sort_by` here is compared with
    #[allow(clippy::unnecessary_sort_by)]
    fn sorts_as_the_standard_stable_sort() {
        // pairs sorted by their first member only: ties must keep their order
        let mut seed = 7u64;
        for n in [0, 1, 2, 3, 10, 100, 1000] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut a = v.clone();
            let mut b = v.clone();
            a.sort_by(|x, y| x.0.cmp(&y.0));
            sort_by(&mut b, |x, y| x.0.cmp(&y.0));
            assert_eq!(a, b, "n = {n}");
            let mut c = v.clone();
            sort_by_key(&mut c, |x| std::cmp::Reverse(x.0));
            let mut d = v;
            d.sort_by_key(|x| std::cmp::Reverse(x.0));
            assert_eq!(c, d, "n = {n}");
        }
        let mut s = vec!["b".to_string(), "a".into(), "c".into(), "a".into()];
        sort(&mut s);
        assert_eq!(s, ["a", "a", "b", "c"]);
    }
}
