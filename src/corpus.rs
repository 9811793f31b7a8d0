//! The user's own articles: checking what a user adds, storing it, and carrying it in a link.
//!
//! Takes: pasted text or file bytes (with a file name), stored JSON, a share payload.
//! Gives: [`UserArticle`]s ready for the core, or a clear message saying why something was not
//! added; the JSON the page keeps in browser storage and puts (compressed) in share links.
//! Invariants: pure (no browser calls), so it is tested natively; an article's id is a hash of
//! its text, so the same text keeps the same id (and its records keep theirs) across reloads and
//! shared links; HTML is reduced to its readable text and is never kept as markup.

use crosscheck_core::{decode::decode, html, ArticleInput};
use serde::{Deserialize, Serialize};

/// Larger texts are cut to this size (with a message), so the page stays responsive.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// A share link longer than this is refused (common browsers and chat apps cut longer URLs).
pub const MAX_LINK: usize = 32_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserArticle {
    pub id: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    pub text: String,
}

/// Metadata a user may give with a pasted text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: String,
    pub outlet: String,
    pub date: String,
    pub url: String,
}

/// The outcome of adding: the article and any warnings, or why nothing was added.
pub type Added = Result<(UserArticle, Vec<String>), String>;

/// A stable id for a text.
pub fn article_id(text: &str) -> String {
    crosscheck_core::consolidate::stable_id("user", &[text])
}

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn cut(mut text: String, label: &str, warnings: &mut Vec<String>) -> String {
    if text.len() > MAX_BYTES {
        let c = html::floor_char_boundary(&text, MAX_BYTES);
        warnings.push(format!(
            "{label} is {:.1} MB; only its first {} MB were kept",
            text.len() as f64 / 1048576.0,
            MAX_BYTES >> 20
        ));
        text.truncate(c);
    }
    text
}

/// A pasted text with optional metadata.
pub fn from_paste(text: &str, meta: &Meta) -> Added {
    if text.trim().is_empty() {
        return Err("Nothing to add: the text is empty.".into());
    }
    let mut warnings = Vec::new();
    let (text, html_title) = if html::looks_like_html(text) {
        warnings.push("the pasted text was HTML: only its readable text was kept".into());
        (html::to_text(text), html::title(text))
    } else {
        (text.to_string(), None)
    };
    let text = cut(text, "the pasted text", &mut warnings);
    let date = opt(&meta.date);
    if let Some(d) = &date {
        if crosscheck_core::dates::Date::parse_iso(d).is_none() {
            return Err(format!(
                "The date “{d}” is not a date of the form YYYY-MM-DD."
            ));
        }
    }
    Ok((
        UserArticle {
            id: article_id(&text),
            title: opt(&meta.title).or(html_title),
            outlet: opt(&meta.outlet),
            date,
            url: opt(&meta.url),
            text,
        },
        warnings,
    ))
}

/// An uploaded file: `.txt`, `.md` or `.html`.
pub fn from_file(name: &str, bytes: &[u8]) -> Added {
    let lower = name.to_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or("");
    if !matches!(ext, "txt" | "md" | "markdown" | "html" | "htm" | "text") {
        return Err(format!(
            "{name}: only .txt, .md and .html files can be added."
        ));
    }
    if bytes.is_empty() {
        return Err(format!("{name} is empty."));
    }
    let d = decode(bytes);
    if crosscheck_core::decode::looks_binary(bytes) {
        return Err(format!(
            "{name} looks like a binary file, not an article; it was not added."
        ));
    }
    let mut warnings: Vec<String> = d.warnings.iter().map(|w| format!("{name}: {w}")).collect();
    let is_html = matches!(ext, "html" | "htm") || html::looks_like_html(&d.text);
    let (text, title) = if is_html {
        (html::to_text(&d.text), html::title(&d.text))
    } else {
        (d.text, None)
    };
    if text.trim().is_empty() {
        return Err(format!("{name} holds no readable text."));
    }
    let text = cut(text, name, &mut warnings);
    let stem = name
        .rsplit_once('.')
        .map(|(s, _)| s)
        .unwrap_or(name)
        .to_string();
    Ok((
        UserArticle {
            id: article_id(&text),
            title: title.or(Some(stem)),
            outlet: None,
            date: None,
            url: None,
            text,
        },
        warnings,
    ))
}

/// The core's inputs: the bundled articles (when on) and the user's.
pub fn inputs(bundled: Option<&[ArticleInput]>, user: &[UserArticle]) -> Vec<ArticleInput> {
    let mut out: Vec<ArticleInput> = bundled.map(|b| b.to_vec()).unwrap_or_default();
    for u in user {
        out.push(ArticleInput {
            id: u.id.clone(),
            text: u.text.clone(),
            title: u.title.clone(),
            outlet: u.outlet.clone(),
            date: u.date.clone(),
            url: u.url.clone(),
        });
    }
    out
}

/// What the page stores and what a share link carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// Scheme version of this payload.
    pub v: u32,
    /// Whether the bundled articles are shown.
    pub bundled: bool,
    pub articles: Vec<UserArticle>,
}

impl Default for Stored {
    fn default() -> Self {
        Stored {
            v: 1,
            bundled: true,
            articles: Vec::new(),
        }
    }
}

impl Stored {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Read stored JSON; a corrupted entry is an error (the caller keeps it aside, never
    /// overwrites it).
    pub fn from_json(s: &str) -> Result<Stored, String> {
        let st: Stored = serde_json::from_str(s)
            .map_err(|e| format!("the stored articles could not be read ({e})"))?;
        if st.v != 1 {
            return Err(format!(
                "the stored articles are in an unknown format (version {})",
                st.v
            ));
        }
        // ids are recomputed: a tampered id cannot collide with another text
        Ok(Stored {
            articles: st
                .articles
                .into_iter()
                .map(|a| UserArticle {
                    id: article_id(&a.text),
                    ..a
                })
                .collect(),
            ..st
        })
    }

    /// Add an article unless the same text is already there; whether it was added.
    pub fn add(&mut self, a: UserArticle) -> bool {
        if self.articles.iter().any(|x| x.id == a.id) {
            return false;
        }
        self.articles.push(a);
        true
    }
}

/// Base64url without padding.
pub fn b64_encode(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 4);
    for c in bytes.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        let k = c.len() + 1;
        for i in 0..k {
            out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Decode base64url (padding and standard-alphabet characters tolerated).
pub fn b64_decode(s: &str) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        } as u32)
    };
    let bytes: Vec<u8> = s.bytes().filter(|&c| c != b'=').collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for c in bytes.chunks(4) {
        if c.len() == 1 {
            return None;
        }
        let mut n = 0u32;
        for (i, &ch) in c.iter().enumerate() {
            n |= val(ch)? << (18 - 6 * i);
        }
        out.push((n >> 16) as u8);
        if c.len() > 2 {
            out.push((n >> 8) as u8);
        }
        if c.len() > 3 {
            out.push(n as u8);
        }
    }
    Some(out)
}
