//! Markdown to plain text, for articles a user gives as `.md`.
//!
//! Takes: Markdown (CommonMark as people write it for articles).
//! Gives: the text without the markup that would pollute sentences: code fences and their
//! content, heading marks (`# Title` → a line of its own), rules and setext underlines, quote
//! marks `>`, list bullets and numbers, reference definitions; inline: images `![alt](u)` → alt,
//! links `[t](u)` and `[t][r]` → t, autolinks `<u>` → u, emphasis `*`/`_`/`**`/`~~` and code
//! backticks removed, backslash escapes resolved.
//! Invariants: never panics; linear time; text that is not markup stays as written (a `*` or
//! `_` inside a word or between spaces, `5 * 3`, `snake_case`, stays).

/// The plain text of a Markdown document.
pub fn to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut fence: Option<(char, usize)> = None;
    for line in md.lines() {
        let t = line.trim_start();
        let indent = line.len() - t.len();
        if let Some(f) = fence_of(t).filter(|_| indent < 4) {
            match fence {
                None => fence = Some(f),
                Some((c, n))
                    if f.0 == c && f.1 >= n && t.trim_end().trim_start_matches(c).is_empty() =>
                {
                    fence = None
                }
                Some(_) => {}
            }
            continue;
        }
        if fence.is_some() {
            continue;
        }
        if is_rule(t) || is_reference_definition(t) {
            out.push('\n');
            continue;
        }
        let mut t = t;
        while let Some(r) = t.strip_prefix('>') {
            t = r.trim_start();
        }
        let (t, heading) = match heading_of(t) {
            Some(h) => (h, true),
            None => (list_marker(t), false),
        };
        if heading && !out.is_empty() && !out.ends_with("\n\n") {
            out.push('\n');
        }
        out.push_str(&inline(t));
        out.push('\n');
        if heading {
            out.push('\n');
        }
    }
    out
}

/// A code fence line: its char and length (three or more backticks or tildes).
fn fence_of(t: &str) -> Option<(char, usize)> {
    let c = t.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let n = t.chars().take_while(|&x| x == c).count();
    (n >= 3).then_some((c, n))
}

/// A thematic break (`***`, `---`, `___`, spaced or not) or a setext underline (`===`).
fn is_rule(t: &str) -> bool {
    let t = t.trim_end();
    let Some(c) = t
        .chars()
        .next()
        .filter(|c| matches!(c, '*' | '-' | '_' | '='))
    else {
        return false;
    };
    t.chars().all(|x| x == c || x == ' ') && t.chars().filter(|&x| x == c).count() >= 3
}

/// `[label]: url` on a line of its own.
fn is_reference_definition(t: &str) -> bool {
    t.starts_with('[')
        && t.find("]:")
            .is_some_and(|e| !crate::text::slice(t, 1, e).contains(']'))
}

/// The text of an ATX heading (`## Title ##` → `Title`).
fn heading_of(t: &str) -> Option<&str> {
    let n = t.bytes().take_while(|&b| b == b'#').count();
    if n == 0 || n > 6 {
        return None;
    }
    let rest = crate::text::tail(t, n);
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let rest = rest.trim();
    let closed = rest.trim_end_matches('#');
    Some(if closed.is_empty() || closed.ends_with(' ') {
        closed.trim_end()
    } else {
        rest
    })
}

/// The line without its list bullet (`- `, `* `, `+ `) or number (`1. `, `2) `).
fn list_marker(t: &str) -> &str {
    if let Some(r) = t.strip_prefix(['-', '*', '+']) {
        if r.starts_with([' ', '\t']) {
            return r.trim_start();
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let r = crate::text::tail(t, digits);
        if let Some(r) = r.strip_prefix(['.', ')']) {
            if r.starts_with([' ', '\t']) {
                return r.trim_start();
            }
        }
    }
    t
}

/// The closer of each `[` and `(` of a line (`usize::MAX` when it has none), matched with a
/// stack, so finding every link of a line is linear; escaped brackets are no brackets.
fn closers(cs: &[char]) -> Vec<usize> {
    let mut close = vec![usize::MAX; cs.len()];
    let (mut square, mut round) = (Vec::new(), Vec::new());
    let mut k = 0;
    while k < cs.len() {
        match cs[k] {
            '\\' => k += 1,
            '[' => square.push(k),
            '(' => round.push(k),
            ']' => {
                if let Some(o) = square.pop() {
                    close[o] = k;
                }
            }
            ')' => {
                if let Some(o) = round.pop() {
                    close[o] = k;
                }
            }
            _ => {}
        }
        k += 1;
    }
    close
}

/// The link whose label opens at `cs[i]` (a `[`): `[label](url)`, `[label][ref]` or
/// `[label][]`, as the index of the label's `]` and the index after the link.
fn link_at(cs: &[char], close: &[usize], i: usize) -> Option<(usize, usize)> {
    let j = *close.get(i).filter(|&&j| j != usize::MAX)?;
    if !matches!(cs.get(j + 1), Some('(' | '[')) {
        return None;
    }
    let k = *close.get(j + 1).filter(|&&k| k != usize::MAX)?;
    Some((j, k + 1))
}

/// Inline markup removed from one line, in one pass: a link's `[` is dropped and, at its `]`,
/// the reading goes on after its destination.
fn inline(t: &str) -> String {
    let cs: Vec<char> = t.chars().collect();
    let close = closers(&cs);
    let mut resume = vec![usize::MAX; cs.len()];
    let mut out = String::with_capacity(t.len());
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        match c {
            '\\' if cs.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.push(cs[i + 1]);
                i += 2;
            }
            // an image: its alt text, when it is one
            '!' if cs.get(i + 1) == Some(&'[') && link_at(&cs, &close, i + 1).is_some() => i += 1,
            '[' => {
                match link_at(&cs, &close, i) {
                    Some((j, end)) => resume[j] = end,
                    None => out.push(c),
                }
                i += 1;
            }
            ']' if resume[i] != usize::MAX => i = resume[i],
            '<' => {
                // an autolink <https://…> or <a@b.c>: its address
                let end = (i + 1..cs.len().min(i + 2048))
                    .find(|&j| cs[j] == '>' || cs[j] == ' ' || cs[j] == '<');
                match end.filter(|&j| cs[j] == '>') {
                    Some(j) if is_autolink(&cs[i + 1..j]) => {
                        out.extend(&cs[i + 1..j]);
                        i = j + 1;
                    }
                    _ => {
                        out.push(c);
                        i += 1;
                    }
                }
            }
            '`' => {
                // code spans keep their text, never their backticks
                i += cs[i..].iter().take_while(|&&x| x == '`').count();
            }
            '*' | '_' | '~' => {
                let n = cs[i..].iter().take_while(|&&x| x == c).count();
                let before = i.checked_sub(1).map(|j| cs[j]);
                let after = cs.get(i + n).copied();
                let space = |x: Option<char>| x.is_none_or(char::is_whitespace);
                let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
                // emphasis opens before a word or closes after one; `~` only doubled
                let flanking = !((space(before) && space(after)) || (word(before) && word(after)));
                let intraword_star = c == '*' && word(before) && word(after);
                if !((c != '~' || n >= 2) && (flanking || intraword_star)) {
                    out.extend(&cs[i..i + n]);
                }
                i += n;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

fn is_autolink(s: &[char]) -> bool {
    let s: String = s.iter().collect();
    let scheme = s.split_once(':').is_some_and(|(a, b)| {
        a.len() >= 2
            && a.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
            && !b.is_empty()
    });
    scheme || (s.contains('@') && !s.starts_with('@') && !s.ends_with('@'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_become_lines_of_their_own() {
        assert_eq!(
            to_text("# Strike kills 12\nAt least 12 people were killed.\n## More ##\nText."),
            "Strike kills 12\n\nAt least 12 people were killed.\n\nMore\n\nText.\n"
        );
        // not a heading: no space after the marks, or seven of them
        assert_eq!(
            to_text("#hashtag and ####### x"),
            "#hashtag and ####### x\n"
        );
        assert_eq!(to_text("Title\n=====\nBody."), "Title\n\nBody.\n");
    }

    #[test]
    fn emphasis_and_code_marks_go_words_stay() {
        assert_eq!(
            to_text("The *ministry* said **at least 31** were __killed__ and ~~12~~ _wounded_."),
            "The ministry said at least 31 were killed and 12 wounded.\n"
        );
        assert_eq!(to_text("It said `30 killed`."), "It said 30 killed.\n");
        assert_eq!(
            to_text("snake_case_name, 5 * 3 = 15, a ~ b"),
            "snake_case_name, 5 * 3 = 15, a ~ b\n"
        );
        assert_eq!(to_text("un*frigging*believable"), "unfriggingbelievable\n");
        assert_eq!(to_text(r"an \*escaped\* star"), "an *escaped* star\n");
    }

    #[test]
    fn links_and_images_keep_their_text() {
        assert_eq!(
            to_text("The [UN said](https://un.org/x_(y)) that ![a map of Gaza](map.png) shows [more][1].\n\n[1]: https://x.org"),
            "The UN said that a map of Gaza shows more.\n\n\n"
        );
        assert_eq!(
            to_text("See <https://example.org/a_b> or <me@x.org>."),
            "See https://example.org/a_b or me@x.org.\n"
        );
        // brackets that are no link stay
        assert_eq!(to_text("[sic] and a < b > c"), "[sic] and a < b > c\n");
    }

    #[test]
    fn code_fences_rules_quotes_and_lists() {
        let md = "Intro.\n\n```js\nalert(\"10 killed\")\n```\n\n---\n> Quoted, they said.\n> > nested\n- first item\n* second\n1. numbered\n12) also\n~~~\ncode\n~~~\nEnd.";
        assert_eq!(
            to_text(md),
            "Intro.\n\n\n\nQuoted, they said.\nnested\nfirst item\nsecond\nnumbered\nalso\nEnd.\n"
        );
        // an unclosed fence drops the rest (it is code)
        assert_eq!(to_text("Text.\n```\ncode"), "Text.\n");
        assert_eq!(to_text("1984 was a year."), "1984 was a year.\n");
    }

    #[test]
    fn hostile_markdown_does_not_panic() {
        for md in [
            "[",
            "![",
            "[a](",
            "[a][",
            "<",
            "<a",
            "**",
            "\\",
            "`",
            "#",
            "# ",
            "[]()",
            "é*é_é",
            "[[[[[[]]]]",
        ] {
            let _ = to_text(md);
        }
        // linear: deep brackets and nested links of one long line
        let deep = "[".repeat(200_000) + &"]".repeat(200_000);
        assert_eq!(to_text(&deep), format!("{deep}\n"));
        let open = "[".repeat(400_000);
        assert_eq!(to_text(&open), format!("{open}\n"));
        let nested = "[".repeat(50_000) + "x" + &"](u)".repeat(50_000);
        assert_eq!(to_text(&nested), "x\n");
        assert_eq!(to_text("[a [b](c) d](e) ![i [j](k)](l)"), "a b d i j\n");
    }
}
