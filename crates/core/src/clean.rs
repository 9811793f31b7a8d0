//! Stage 1 — clean, keeping offsets.
//!
//! Takes: the original article text.
//! Gives: [`Cleaned`]: the readable text with site boilerplate dropped (ad markers, "Related
//! article:" lines, newsletter and job-board banners, bare URLs, photo-caption residue, lines the
//! site repeats), hard-wrapped lines rejoined with one space, line-end hyphen breaks joined
//! (`de-\nescalate` → `de-escalate`), runs of white space folded to one space, and block breaks
//! (a blank line, a heading, a dropped line) written as a blank line, `"\n\n"`.
//! Lines are judged (blank, boilerplate, dateline, joined or not) by what is kept of them, so
//! cleaning is idempotent: `clean(&clean(x).text).text == clean(x).text`.
//! Invariants: every byte of the cleaned text maps to a byte of the original
//! ([`Cleaned::to_original`]); a cleaned char boundary maps to an original char boundary; the
//! cleaned text never contains two spaces in a row, a space next to `"\n"`, or control characters.
//! Time is linear in the input.

use crate::lexicon::Cat;
use crate::text;

/// A run of cleaned bytes copied (or substituted one for one) from the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    clean: usize,
    orig: usize,
}

/// Cleaned text plus the map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub text: String,
    runs: Vec<Run>,
    /// Byte ranges of whole original lines dropped as boilerplate.
    pub dropped: Vec<(usize, usize)>,
    /// The original's length in bytes.
    orig_len: usize,
    /// Whether the last run may be extended by a contiguous copy.
    open: bool,
}

impl Cleaned {
    /// The original byte offset of cleaned byte `i` (`i == text.len()` maps to the original end).
    pub fn to_original(&self, i: usize) -> usize {
        if i >= self.text.len() {
            return self.orig_len;
        }
        let k = self.runs.partition_point(|r| r.clean <= i);
        if k == 0 {
            return 0;
        }
        let r = self.runs[k - 1];
        r.orig + (i - r.clean)
    }

    /// The original byte range of the cleaned range `start..end` (end exclusive, `start < end`).
    pub fn range_to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end {
            let s = self.to_original(start);
            return (s, s);
        }
        let s = self.to_original(start);
        let last = end - 1;
        // The last byte maps inside the original; step to the end of that original char.
        let e = self.to_original(last) + 1;
        (s, e.max(s))
    }

    fn push_copy(&mut self, orig_start: usize, piece: &str) {
        if piece.is_empty() {
            return;
        }
        let clean = self.text.len();
        // the previous run ends exactly where this one starts, in both texts
        let contiguous = self.open
            && self
                .runs
                .last()
                .is_some_and(|r| r.orig + (clean - r.clean) == orig_start);
        if !contiguous {
            self.runs.push(Run {
                clean,
                orig: orig_start,
            });
        }
        self.open = true;
        self.text.push_str(piece);
    }

    /// Push one synthetic ASCII char standing for the original byte at `orig_at`.
    fn push_synth(&mut self, c: char, orig_at: usize) {
        debug_assert!(c.is_ascii());
        let clean = self.text.len();
        self.runs.push(Run {
            clean,
            orig: orig_at,
        });
        self.text.push(c);
        // The next copied piece starts a new run.
        self.open = false;
    }
}

/// What kind of line a raw line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Blank,
    Boilerplate,
    /// A dateline / metadata line: kept as its own block.
    Meta,
    Text,
}

/// Clean an article. See the module doc for what is dropped and the invariants.
pub fn clean(orig: &str) -> Cleaned {
    let mut out = Cleaned {
        text: String::with_capacity(orig.len()),
        orig_len: orig.len(),
        ..Default::default()
    };
    let lines = split_lines(orig);
    // each line as it will read once cleaned: lines are judged by what is kept of them, so an
    // invisible char or a run of spaces changes no decision and cleaning is idempotent
    let readable: Vec<std::borrow::Cow<str>> = lines
        .iter()
        .map(|&(s, e)| readable(text::slice(orig, s, e)))
        .collect();
    let repeated = repeated_short_lines(&readable);
    let kinds: Vec<LineKind> = readable
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if l.is_empty() {
                LineKind::Blank
            } else if repeated.get(i).copied().unwrap_or(false) || is_boilerplate(l) {
                LineKind::Boilerplate
            } else if is_meta(l) {
                LineKind::Meta
            } else {
                LineKind::Text
            }
        })
        .collect();
    let wrap = wrap_width(orig, &lines, &kinds);

    let mut prev_text: Option<usize> = None; // index of the previous Text line in the current block
    for (i, &(s, e)) in lines.iter().enumerate() {
        match kinds[i] {
            LineKind::Blank => {
                prev_text = None;
            }
            LineKind::Boilerplate => {
                out.dropped.push((s, e));
                prev_text = None;
            }
            LineKind::Meta | LineKind::Text => {
                if let Some(p) = prev_text {
                    let (ps, pe) = lines[p];
                    match join_kind(&readable[p], &readable[i], pe - ps, wrap) {
                        Join::Hyphen => {}
                        Join::Space => {
                            // the newline before this line stands for the space
                            out.push_synth(' ', pe.min(s.saturating_sub(1)));
                        }
                        Join::Break => out.push_block_break(pe.min(s.saturating_sub(1))),
                    }
                } else if !out.text.is_empty() && !out.text.ends_with('\n') {
                    out.push_block_break(s.saturating_sub(1));
                }
                push_folded(&mut out, orig, s, e);
                if kinds[i] == LineKind::Meta {
                    prev_text = None;
                } else {
                    prev_text = Some(i);
                }
            }
        }
    }
    // No trailing break.
    out.trim_end();
    out
}

impl Cleaned {
    /// Drop trailing spaces and breaks, and the runs that started inside them.
    fn trim_end(&mut self) {
        let n = self.text.trim_end_matches([' ', '\n']).len();
        if n < self.text.len() {
            self.text.truncate(n);
            // the runs are in cleaned-text order: those cut off are the last ones
            while self.runs.last().is_some_and(|r| r.clean >= n) {
                self.runs.pop();
            }
            self.open = false;
        }
    }

    fn push_block_break(&mut self, orig_at: usize) {
        self.trim_end();
        if self.text.is_empty() || self.text.ends_with('\n') {
            return;
        }
        // a blank line, as a reader (and a second cleaning) takes a block break; one line end
        // would read as a wrapped line
        self.push_synth('\n', orig_at);
        self.push_synth('\n', orig_at);
    }
}

/// Push the line `orig[s..e]` with white space folded, control characters dropped, and leading
/// and trailing white space trimmed.
fn push_folded(out: &mut Cleaned, orig: &str, s: usize, e: usize) {
    let line = text::slice(orig, s, e);
    let mut piece_start: Option<usize> = None; // orig offset of the current copied piece
    let mut pending_space: Option<usize> = None;
    let mut any = false;
    for (off, c) in line.char_indices() {
        let at = s + off;
        if is_skipped(c) {
            if let Some(ps) = piece_start.take() {
                out.push_copy(ps, text::slice(orig, ps, at));
            }
            if any && pending_space.is_none() && is_space(c) {
                pending_space = Some(at);
            }
            continue;
        }
        if piece_start.is_none() {
            if let Some(sp) = pending_space.take() {
                if orig.as_bytes()[sp] == b' ' {
                    out.push_copy(sp, " ");
                } else {
                    out.push_synth(' ', sp);
                }
            }
            piece_start = Some(at);
        }
        any = true;
    }
    if let Some(ps) = piece_start {
        out.push_copy(ps, text::slice(orig, ps, e));
    }
}

/// White space and control characters: folded to one space between words.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

/// Chars cleaning does not copy: white space and control characters (folded), a byte-order mark
/// and a zero-width space (dropped).
fn is_skipped(c: char) -> bool {
    is_space(c) || c == '\u{feff}' || c == '\u{200b}'
}

/// A line as [`push_folded`] writes it: skipped chars gone, spaces folded, ends trimmed.
fn readable(line: &str) -> std::borrow::Cow<'_, str> {
    // the common case, a line already as it reads: no skipped char but single inner spaces
    let b = line.as_bytes();
    let plain = b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b.windows(2).any(|w| w == b"  ")
        && !line.chars().any(|c| c != ' ' && is_skipped(c));
    if plain {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut pending = false;
    for c in line.chars() {
        if is_skipped(c) {
            pending |= is_space(c);
            continue;
        }
        if pending && !out.is_empty() {
            out.push(' ');
        }
        pending = false;
        out.push(c);
    }
    std::borrow::Cow::Owned(out)
}

enum Join {
    /// `de-` + `escalate`: join with nothing between (the hyphen is kept).
    Hyphen,
    /// A soft wrap: join with a space.
    Space,
    /// A hard break: the lines are separate blocks.
    Break,
}

fn join_kind(prev: &str, next: &str, prev_len: usize, wrap: usize) -> Join {
    let last = prev.chars().last().unwrap_or(' ');
    let first = next.chars().next().unwrap_or(' ');
    if last == '-'
        && first.is_alphabetic()
        && prev.chars().rev().nth(1).is_some_and(|c| c.is_alphabetic())
    {
        return Join::Hyphen;
    }
    // a list item ("- War in Sudan: …", "• …") starts its own block
    let bullet = matches!(first, '-' | '*' | '•' | '–' | '—' | '·')
        && next.chars().nth(1).is_some_and(char::is_whitespace);
    if bullet {
        return Join::Break;
    }
    if first.is_lowercase() || first.is_ascii_digit() {
        return Join::Space;
    }
    let terminal = matches!(
        last,
        '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ':' | ')' | ';' | ','
    );
    if terminal {
        // An ordinary line end between sentences; the segmenter splits at the punctuation.
        return Join::Space;
    }
    // No terminal punctuation and the next line starts a capital: a soft wrap only when this
    // line runs to about the wrap width; otherwise a heading or a lone label.
    if wrap > 0 && prev_len * 10 >= wrap * 7 {
        Join::Space
    } else {
        Join::Break
    }
}

/// The width the text was hard-wrapped at, or 0 when it was not wrapped: the most common
/// length bucket among the longer lines, when many lines share it.
fn wrap_width(orig: &str, lines: &[(usize, usize)], kinds: &[LineKind]) -> usize {
    let mut lens: Vec<usize> = lines
        .iter()
        .zip(kinds)
        .filter(|(_, k)| **k == LineKind::Text)
        .map(|(&(s, e), _)| text::slice(orig, s, e).trim_end().chars().count())
        .collect();
    if lens.len() < 4 {
        return 0;
    }
    lens.sort_unstable();
    // The 80th percentile: in a wrapped text most lines sit just under the wrap width.
    let p80 = lens[lens.len() * 8 / 10];
    let near = lens
        .iter()
        .filter(|&&l| l * 100 >= p80 * 80 && l * 100 <= p80 * 115)
        .count();
    if (40..=160).contains(&p80) && near * 2 >= lens.len() {
        p80
    } else {
        0
    }
}

/// Byte ranges of lines, without their line ends (`\n`, `\r\n` or `\r`).
fn split_lines(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                out.push((start, i));
                start = i + 1;
            }
            b'\r' => {
                out.push((start, i));
                if i + 1 < b.len() && b[i + 1] == b'\n' {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < b.len() {
        out.push((start, b.len()));
    }
    out
}

/// Short lines (under 60 chars, no sentence punctuation) that occur more than once: site chrome
/// such as an outlet's name repeated above and below the headline.
fn repeated_short_lines(readable: &[std::borrow::Cow<str>]) -> Vec<bool> {
    let mut seen: crate::lexicon::HashMap<&str, usize> = Default::default();
    for l in readable {
        let l: &str = l;
        if !l.is_empty() && l.len() < 60 && !l.ends_with('.') {
            *seen.entry(l).or_default() += 1;
        }
    }
    readable
        .iter()
        .map(|l| seen.get(l as &str).is_some_and(|&n| n > 1))
        .collect()
}

/// Whether a trimmed line is site boilerplate rather than story text.
pub fn is_boilerplate(line: &str) -> bool {
    let lex = crate::lexicon::lexicon();
    // Only a short line is read whole; of a long one (its lower case surely 160 bytes or more:
    // a char's lower case is at least a third of its bytes) only the head the prefixes can
    // match, cut at a space so that lower-casing it (a final sigma) reads as in the whole line.
    let longest = lex
        .entries(Cat::BoilerplatePrefix)
        .iter()
        .map(String::len)
        .max()
        .unwrap_or(0)
        .max("https://".len());
    let head = if line.len() > 3 * 160 {
        let from = text::ceil_char_boundary(line, 3 * longest);
        match text::tail(line, from).find(' ') {
            Some(k) => text::head(line, from + k),
            None => line,
        }
    } else {
        line
    };
    let lower = head.to_lowercase();
    let l = lower.as_str();
    // most prefixes differ from the line in their first byte: test that before comparing
    let opens = |p: &String| {
        p.as_bytes()
            .first()
            .is_none_or(|b| l.as_bytes().first() == Some(b))
            && l.starts_with(p.as_str())
    };
    if head.len() < line.len() {
        // a long line: only its prefixes can make it boilerplate (it holds a space)
        return lex.entries(Cat::BoilerplatePrefix).iter().any(opens);
    }
    // Ad markers: [ad_1], [ad], Advertisement
    if (l.starts_with('[') && l.ends_with(']') && l.len() <= 24 && l.contains("ad"))
        || lex.has(Cat::AdMarker, l)
    {
        return true;
    }
    // A bare URL, or a line that is only links.
    if !l.contains(' ')
        && (l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www."))
    {
        return true;
    }
    // Lines that open with a site's call to action or a caption marker, or hold one
    // (short lines only): the lexicon's `boilerplate_prefix` / `boilerplate_anywhere`.
    if lex.entries(Cat::BoilerplatePrefix).iter().any(opens) {
        return true;
    }
    if l.len() < 160
        && lex
            .entries(Cat::BoilerplateAnywhere)
            .iter()
            .any(|p| l.contains(p.as_str()))
    {
        return true;
    }
    false
}

/// A dateline or metadata line, kept as its own block: "date 2020-10-31 ...", "Saturday, 31
/// October 2020 4:35 PM", "Published: ...".
fn is_meta(line: &str) -> bool {
    // ASCII lower-casing keeps every byte's place: compare the head in place
    line.len() < 80
        && ["date ", "date:", "dated ", "published", "updated", "posted"]
            .iter()
            .any(|p| {
                line.as_bytes()
                    .get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_map(orig: &str, c: &Cleaned) {
        // every cleaned char maps to the same char in the original, or to a line end / space
        for (i, ch) in c.text.char_indices() {
            let o = c.to_original(i);
            assert!(orig.is_char_boundary(o), "boundary at {o}");
            let oc = orig.get(o..).and_then(|r| r.chars().next()).unwrap();
            if ch == ' ' || ch == '\n' {
                assert!(
                    oc.is_whitespace() || oc.is_control(),
                    "{ch:?} maps to {oc:?}"
                );
            } else {
                assert_eq!(ch, oc, "char {i} maps to {o}");
            }
        }
    }

    #[test]
    fn drops_boilerplate_and_rejoins() {
        let orig = "[ad_1]\nThe talks failed on Friday.\nRelated article: Something else\nhttps://example.com/x\nMediators said the sides\nwould meet again and de-\nescalate.\n[ad_2]\n";
        let c = clean(orig);
        assert_eq!(c.text, "The talks failed on Friday.\n\nMediators said the sides would meet again and de-escalate.");
        check_map(orig, &c);
        assert_eq!(c.dropped.len(), 4);
    }

    #[test]
    fn a_list_item_is_its_own_block() {
        let orig = "- War in Chad: The army says it hit rebel positions.\n- War in Mali: Rebels say they took a town.\n* A third item.\n";
        let c = clean(orig);
        assert_eq!(
            c.text,
            "- War in Chad: The army says it hit rebel positions.\n\n- War in Mali: Rebels say they took a town.\n\n* A third item."
        );
        check_map(orig, &c);
    }

    #[test]
    fn heading_is_its_own_block() {
        let orig = "Climbing risk\nCarey Smith, a former envoy, believes it.\n";
        let c = clean(orig);
        assert_eq!(
            c.text,
            "Climbing risk\n\nCarey Smith, a former envoy, believes it."
        );
        check_map(orig, &c);
    }

    #[test]
    fn hard_wrapped_paragraph_is_rejoined() {
        let orig = "Russia said Saturday it would provide assistance to the capital in its conflict with\n\
Its neighbour if fighting reached its territory after its ally requested help from\n\
Moscow and other capitals of the region, which the ministry said were ready to help.\n\
The ministry said it had received the request and would answer it within a day.\n\
\n\
Short heading\n\
\n\
Another paragraph starts here and it is also long enough to look like a wrapped one.\n";
        let c = clean(orig);
        assert!(c.text.contains("conflict with Its neighbour"), "{}", c.text);
        assert!(c.text.contains("\n\nShort heading\n\n"), "{}", c.text);
        check_map(orig, &c);
    }

    #[test]
    fn crlf_bom_tabs_and_controls() {
        let orig = "\u{feff}First  line\twith\u{0}spaces.\r\nSecond line.\r\rThird.";
        let c = clean(orig);
        assert_eq!(c.text, "First line with spaces. Second line.\n\nThird.");
        check_map(orig, &c);
        let (s, e) = c.range_to_original(0, c.text.len());
        assert_eq!(orig.get(s..e), orig.get(3..));
    }

    #[test]
    fn repeated_outlet_lines_are_dropped() {
        let orig = "Some Outlet TV\n\nHeadline here\n\nSome Outlet TV\n\nBody text.";
        let c = clean(orig);
        assert_eq!(c.text, "Headline here\n\nBody text.");
    }

    #[test]
    fn cleaning_twice_changes_nothing() {
        for orig in [
            // a zero-width space before the line end hid the full stop from the join
            "At least 31 civilians were killed.\u{200b}\r\n“",
            // a block break is a blank line, not a line end a second pass would join
            "Paragraph one.\n\nparagraph two starts low.",
            // a run of spaces inside a boilerplate line, an invisible char before a blank one
            "Related  article: x\nText é — “q”.\n\u{200b}\nMore.",
        ] {
            let once = clean(orig).text;
            assert_eq!(clean(&once).text, once, "{orig:?}");
            check_map(orig, &clean(orig));
        }
        assert_eq!(clean("Related  article: x\nText.").text, "Text.");
    }

    #[test]
    fn empty_and_whitespace() {
        assert_eq!(clean("").text, "");
        assert_eq!(clean(" \n\r\n\t ").text, "");
    }
}
