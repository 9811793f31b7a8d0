//! Stage 2 — sentences.
//!
//! Takes: cleaned text (see [`crate::clean`]).
//! Gives: sentence spans (byte ranges of the cleaned text), in order.
//! Invariants: sentences do not overlap, are in order, never start or end with white space, and
//! together cover every non-space byte of the cleaned text; a line end (a block break is `"\n\n"`) always
//! ends a sentence; no split after an abbreviation ("Mr", "Gen.", "Sept.", "a.m.") or inside an
//! initialism ("U.S.") before a lower-case word; no split inside a paired quotation, so a quote
//! stays with its attribution (`"... No one should interfere," said the president.`).

use crate::lexicon::{lexicon, Cat};

/// Split cleaned text into sentence spans.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut block_start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            split_block(text, block_start, i, &mut out);
            block_start = i + 1;
        }
    }
    split_block(text, block_start, text.len(), &mut out);
    out
}

/// Positions (byte offsets) covered by paired quotations in `block`, as ranges.
fn quoted_ranges(block: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut straight: Vec<usize> = Vec::new();
    let mut curly_open: Option<usize> = None;
    for (i, c) in block.char_indices() {
        match c {
            '"' => straight.push(i),
            '“' | '«' => curly_open = Some(i),
            '”' | '»' => {
                if let Some(o) = curly_open.take() {
                    out.push((o, i));
                }
            }
            _ => {}
        }
    }
    // Pair straight quotes in order; an odd one out (a quote never closed) protects nothing.
    for pair in straight.chunks_exact(2) {
        out.push((pair[0], pair[1]));
    }
    out
}

fn split_block(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let block = crate::text::slice(text, start, end);
    let quotes = quoted_ranges(block);
    let in_quote = |i: usize| quotes.iter().any(|&(a, b)| a < i && i < b);
    let bytes = block.as_bytes();
    let mut sent_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            // extend over a run of terminal punctuation and closing quotes/brackets
            let mut j = i + 1;
            while j < bytes.len() {
                let rest = crate::text::tail(block, j);
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(
                    c,
                    '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
                ) {
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            // a boundary needs white space and then a plausible sentence start
            if j < bytes.len() && bytes[j] == b' ' && !in_quote(i) {
                let next_start = j + 1;
                if is_boundary(block, sent_start, i, next_start) {
                    push_trimmed(start, block, sent_start, j, out);
                    sent_start = next_start;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(start, block, sent_start, block.len(), out);
}

/// Sentences longer than this are cut (at a comma or semicolon, else a space), so that one
/// endless "sentence" cannot make the work or the evidence quadratic.
pub const MAX_SENTENCE: usize = 2000;

fn push_trimmed(base: usize, block: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let mut s = s;
    while e - s > MAX_SENTENCE {
        let cut = crate::text::floor_char_boundary(block, s + MAX_SENTENCE);
        let window = crate::text::slice(block, s, cut);
        let at = window
            .rfind("; ")
            .or_else(|| window.rfind(", "))
            .map(|p| p + 1)
            .or_else(|| window.rfind(' '))
            .filter(|&p| p > MAX_SENTENCE / 4)
            .unwrap_or(window.len());
        push_one(base, block, s, s + at, out);
        s += at;
    }
    push_one(base, block, s, e, out);
}

fn push_one(base: usize, block: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let piece = crate::text::slice(block, s, e);
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push((base + s + lead, base + s + lead + trimmed.len()));
    }
}

/// Whether the punctuation at `dot` (after the sentence started at `sent_start`) ends a sentence,
/// given that the next one would start at `next`.
fn is_boundary(block: &str, sent_start: usize, dot: usize, next: usize) -> bool {
    let next_word: &str = crate::text::tail(block, next)
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let first = next_word.chars().next().unwrap_or(' ');
    let starts_like_sentence = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '“' | '\'' | '‘' | '(' | '[' | '«');
    if !starts_like_sentence {
        return false;
    }
    if block.as_bytes()[dot] != b'.' {
        return true;
    }
    // the word before the period
    let before = crate::text::slice(block, sent_start, dot);
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return true;
    }
    let lw = word.to_ascii_lowercase();
    if lexicon().has(Cat::Abbreviation, &lw) {
        return false;
    }
    // initialisms: U.S. / a.m. / p.m. / U.N. — letters separated by periods
    let is_initialism = word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(|c| c.is_alphabetic()));
    if is_initialism || word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        // a capitalised sentence starter ("The", not "the" or "THE")
        let w = next_word.trim_matches(|c: char| !c.is_alphanumeric());
        let lw = w.to_ascii_lowercase();
        let capitalised = lw.get(..1).is_some_and(|f| {
            w.get(..1) == Some(&f.to_ascii_uppercase()) && w.get(1..) == lw.get(1..)
        });
        return capitalised && lexicon().has(Cat::SentenceStarter, &lw);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t)
            .into_iter()
            .map(|(s, e)| t.get(s..e).unwrap())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("Mr. Smith met Gen. Jones on Sept. 27 at 10 a.m. in the capital. They talked."),
            vec![
                "Mr. Smith met Gen. Jones on Sept. 27 at 10 a.m. in the capital.",
                "They talked."
            ]
        );
    }

    #[test]
    fn initialisms() {
        assert_eq!(
            split("A former U.S. ambassador spoke. Mediators from the U.S. The talks ended."),
            vec![
                "A former U.S. ambassador spoke.",
                "Mediators from the U.S.",
                "The talks ended."
            ]
        );
    }

    #[test]
    fn quote_stays_with_attribution() {
        assert_eq!(
            split("\u{201c}It is a fight between us. No one should interfere,\u{201d} said the president. Next."),
            vec!["\u{201c}It is a fight between us. No one should interfere,\u{201d} said the president.", "Next."]
        );
        assert_eq!(
            split("\"We will help. We are ready,\" the ministry said. Then it stopped."),
            vec![
                "\"We will help. We are ready,\" the ministry said.",
                "Then it stopped."
            ]
        );
    }

    #[test]
    fn unpaired_quote_does_not_swallow_the_block() {
        assert_eq!(
            split("He asked \"to begin talks, said the ministry. The call came late. It was news."),
            vec![
                "He asked \"to begin talks, said the ministry.",
                "The call came late.",
                "It was news."
            ]
        );
    }

    #[test]
    fn block_breaks_end_sentences() {
        assert_eq!(
            split("Heading\nBody one. Body two"),
            vec!["Heading", "Body one.", "Body two"]
        );
    }

    #[test]
    fn endless_sentences_are_cut() {
        let t = "word, ".repeat(2000);
        let s = sentences(&t);
        assert!(s.len() >= 5);
        assert!(s.iter().all(|&(a, b)| b - a <= MAX_SENTENCE));
        assert_eq!(s.last().unwrap().1, t.trim_end().len());
    }

    #[test]
    fn lower_case_after_period_does_not_split() {
        assert_eq!(
            split("about 5 p.m. local time. Then."),
            vec!["about 5 p.m. local time.", "Then."]
        );
    }
}
