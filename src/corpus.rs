//! The user's own articles: checking what a user adds, storing it, and carrying it in a link.
//!
//! Takes: pasted text or file bytes (with a file name), stored JSON, a share payload.
//! Gives: [`UserArticle`]s ready for the core, or a clear message saying why something was not
//! added; the JSON the page keeps in browser storage and puts (compressed) in share links.
//! Invariants: pure (no browser calls), so it is tested natively; an article's id is a hash of
//! its text, so the same text keeps the same id (and its records keep theirs) across reloads and
//! shared links; a text or a file is read through the core's `ingest` (the CLI's way in), so
//! HTML is reduced to its readable text and is never kept as markup.

use crosscheck_core::ingest::{self, Format};
use crosscheck_core::{manifest, ArticleInput, DiagnosticLevel};
use serde::{Deserialize, Serialize};

/// Larger texts are cut to this size (with a message): the core's one size limit.
pub use crosscheck_core::ingest::MAX_BYTES;

/// A file larger than this is not read at all (HTML markup may shrink to [`MAX_BYTES`]).
pub const MAX_FILE_BYTES: usize = 2 * MAX_BYTES;

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

/// A message as a sentence: a full stop at the end (it starts with a file name, kept as it is).
fn sentence(m: &str) -> String {
    if m.ends_with(['.', '!', '?']) {
        m.to_string()
    } else {
        format!("{m}.")
    }
}

/// The core's `ingest`, as the page shows it: the article with the id of its text, or the
/// refusal; `notes` keeps how it was read (the page says so for a paste).
fn read(name: &str, bytes: &[u8], entry: &manifest::Entry, notes: bool) -> Added {
    let got = ingest::ingest(name, bytes, Some(entry));
    let messages = |level: Option<DiagnosticLevel>| -> Vec<String> {
        got.diagnostics
            .iter()
            .filter(|d| level.is_none_or(|l| d.level == l))
            .map(|d| d.message.clone())
            .collect()
    };
    let Some(input) = got.input.clone() else {
        let why = messages(Some(DiagnosticLevel::Warning));
        return Err(sentence(why.last().map(String::as_str).unwrap_or(name)) + " It was not added.");
    };
    let warnings = if notes && got.format == Format::Html {
        messages(None)
    } else {
        messages(Some(DiagnosticLevel::Warning))
    };
    Ok((
        UserArticle {
            id: article_id(&input.text),
            title: input.title,
            outlet: input.outlet,
            date: input.date,
            url: input.url,
            text: input.text,
        },
        warnings,
    ))
}

/// A pasted text with optional metadata.
pub fn from_paste(text: &str, meta: &Meta) -> Added {
    if text.trim().is_empty() {
        return Err("Nothing to add: the text is empty.".into());
    }
    let date = opt(&meta.date);
    if let Some(d) = &date {
        if crosscheck_core::dates::Date::parse_iso(d).is_none() {
            return Err(format!(
                "The date “{d}” is not a date of the form YYYY-MM-DD."
            ));
        }
    }
    let entry = manifest::Entry {
        file: String::new(),
        title: opt(&meta.title),
        outlet: opt(&meta.outlet),
        date,
        url: opt(&meta.url),
    };
    read("the pasted text", text.as_bytes(), &entry, true)
}

/// An uploaded file: `.txt`, `.md` or `.html`.
pub fn from_file(name: &str, bytes: &[u8]) -> Added {
    let (mut a, warnings) = read(name, bytes, &manifest::Entry::default(), false)?;
    if a.title.is_none() {
        a.title = Some(ingest::id_of(name).to_string());
    }
    Ok((a, warnings))
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

/// The one message that sums up a batch of files added at once: `added` the titles of the
/// articles added, `present` those whose text was already there. A single file keeps its own
/// sentence ("Added “t”.", "“t” is already there."); up to five added articles are named; more
/// are counted. None when nothing was read (each refusal says why on its own).
pub fn added_summary(added: &[String], present: &[String]) -> Option<String> {
    let quoted = |ts: &[String]| {
        ts.iter()
            .map(|t| format!("“{t}”"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let were = |n: usize| if n == 1 { "was" } else { "were" };
    match (added.len(), present.len()) {
        (0, 0) => None,
        (0, 1) => Some(format!("{} is already there.", quoted(present))),
        (0, n) => Some(format!("All {n} articles are already there.")),
        (a, p) => {
            let mut s = match a {
                1 => format!("Added {}", quoted(added)),
                2..=5 => format!("Added {a} articles ({})", quoted(added)),
                _ => format!("Added {a} articles"),
            };
            if p > 0 {
                s.push_str(&format!("; {p} {} already there", were(p)));
            }
            s.push('.');
            Some(s)
        }
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
