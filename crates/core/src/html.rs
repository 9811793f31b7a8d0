//! HTML to readable text, for articles a user uploads as `.html`.
//!
//! Takes: an HTML document or fragment.
//! Gives: its readable text: tags removed, `<script>`, `<style>`, `<noscript>`, `<template>`,
//! `<svg>`, `<head>`, `<nav>`, `<footer>`, `<aside>` and comments dropped with their content,
//! block elements (`p`, `div`, `br`, `h1`–`h6`, `li`, `tr`, …) ending lines, character references
//! decoded (`&amp;`, `&#8217;`, `&#x2014;`, `&nbsp;`), the `<title>` kept as the first line.
//! Invariants: never panics; linear time; the output never contains `<` from a tag (text that
//! is a literal `&lt;` stays `<`, as the page shows text, never markup).

use crate::text::{head, slice, tail};

const DROP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "iframe",
    "object", "form", "button", "select",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "article",
    "section",
    "header",
    "blockquote",
    "figcaption",
    "pre",
    "table",
    "ul",
    "ol",
    "dd",
    "dt",
    "hr",
    "main",
];

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let v = if let Some(h) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(h, 16).ok()?
        } else {
            num.parse().ok()?
        };
        return char::from_u32(v).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "eacute" => 'é',
        "egrave" => 'è',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "copy" => '©',
        _ => return None,
    })
}

/// The tag name at the start of `s` (after `<` or `</`), lower case.
fn tag_name(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The title of an HTML document, if it has one.
pub fn title(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let a = lower.find("<title")?;
    let a = a + tail(&lower, a).find('>')? + 1;
    let b = a + tail(&lower, a).find("</title")?;
    let t = decode_entities(slice(html, a, b));
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(head(rest, p));
        let after = tail(rest, p + 1);
        let end = after.find(';').filter(|&e| e <= 10);
        match end.and_then(|e| entity(head(after, e)).map(|c| (c, e))) {
            Some((c, e)) => {
                out.push(c);
                rest = tail(after, e + 1);
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The readable text of an HTML document.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    if let Some(t) = title(html) {
        out.push_str(&t);
        out.push_str("\n\n");
    }
    let mut text = String::new();
    let mut i = 0;
    let b = html.as_bytes();
    while i < b.len() {
        if b[i] == b'<' {
            // flush text
            out.push_str(&decode_entities(&text));
            text.clear();
            let rest = tail(html, i + 1);
            if rest.starts_with("!--") {
                i = tail(html, i)
                    .find("-->")
                    .map(|e| i + e + 3)
                    .unwrap_or(b.len());
                continue;
            }
            let closing = rest.starts_with('/');
            let name = tag_name(if closing { tail(rest, 1) } else { rest });
            let tag_end = tail(html, i)
                .find('>')
                .map(|e| i + e + 1)
                .unwrap_or(b.len());
            if name.is_empty() && !closing && !rest.starts_with('!') && !rest.starts_with('?') {
                // a literal "<" in text
                text.push('<');
                i += 1;
                continue;
            }
            if !closing && DROP.contains(&name.as_str()) && !slice(html, i, tag_end).ends_with("/>")
            {
                // skip to the matching close tag
                let lower_close = format!("</{name}");
                let found = tail(html, tag_end)
                    .to_ascii_lowercase()
                    .find(&lower_close)
                    .map(|e| tag_end + e);
                i = match found {
                    Some(c) => tail(html, c)
                        .find('>')
                        .map(|e| c + e + 1)
                        .unwrap_or(b.len()),
                    None => b.len(),
                };
                continue;
            }
            if BLOCK.contains(&name.as_str()) {
                out.push('\n');
            }
            i = tag_end;
            continue;
        }
        let ch = tail(html, i).chars().next().unwrap_or(' ');
        text.push(ch);
        i += ch.len_utf8();
    }
    out.push_str(&decode_entities(&text));
    // fold spaces within lines, keep paragraph breaks
    let mut res = String::with_capacity(out.len());
    for line in out.lines() {
        let l = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if l.is_empty() {
            continue;
        }
        if !res.is_empty() {
            res.push_str("\n\n");
        }
        res.push_str(&l);
    }
    res
}

/// Whether a text looks like HTML rather than plain text.
pub fn looks_like_html(s: &str) -> bool {
    // the first 2 KB, cut back to a char boundary: news text is full of curly quotes and dashes
    let head = s
        .get(..floor_char_boundary(s, 2048))
        .unwrap_or("")
        .to_ascii_lowercase();
    head.contains("<html")
        || head.contains("<!doctype html")
        || head.contains("<body")
        || (head.matches("</p>").count() >= 2)
}

/// Kept here for the shells that already call it; it lives in [`crate::text`].
pub use crate::text::floor_char_boundary;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_like_html_cuts_on_a_char_boundary() {
        // a curly quote (3 bytes) across byte 2048, at every offset around it: no panic
        for pad in 2040..2057 {
            let text = format!("{}“quoted” and more text after it</p></p>", "a".repeat(pad));
            assert!(!looks_like_html(&text) || pad + 3 < 2048);
            let _ = to_text(&text);
        }
        let html = format!("<html><body>{}</body></html>", "é".repeat(3000));
        assert!(looks_like_html(&html));
        assert_eq!(floor_char_boundary("aé", 2), 1);
        assert_eq!(floor_char_boundary("aé", 9), 3);
    }

    #[test]
    fn scripts_and_styles_go_text_stays() {
        let h = r#"<!DOCTYPE html><html><head><title>Talks fail &amp; fighting goes on</title><style>p{color:red}</style>
            <script>alert("x")</script></head><body><nav>Home | World</nav>
            <h1>Talks fail</h1><p>At least 31 civilians were killed,&nbsp;officials said.</p>
            <p>The ministry&#8217;s statement &#x2014; issued late &lt;Friday&gt;.</p><img src=x onerror="alert(1)">
            <!-- comment --><footer>© Outlet</footer></body></html>"#;
        let t = to_text(h);
        assert_eq!(t, "Talks fail & fighting goes on\n\nTalks fail\n\nAt least 31 civilians were killed, officials said.\n\nThe ministry’s statement — issued late <Friday>.");
        assert!(!t.contains("alert"));
        assert!(looks_like_html(h));
    }

    #[test]
    fn broken_html_does_not_panic() {
        for h in [
            "<",
            "<p",
            "<script>never closed",
            "&#xFFFFFFFF; &#0; &bogus;",
            "<<>>",
            "</>",
            "<a href='>'>x</a>",
            "ü<br/>ö",
        ] {
            let _ = to_text(h);
        }
        assert_eq!(to_text("a < b and c > d"), "a < b and c > d");
    }
}
