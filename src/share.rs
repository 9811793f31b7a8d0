//! Share links: the user's articles, compressed, after `#data=` in the page's address.
//!
//! Format 2 (what the page writes): `#data=2.<check>.<payload>`, where `<payload>` is the
//! base64url of the deflate-raw compressed JSON of a [`Stored`], and `<check>` the 12 hex digits
//! of a hash of `<payload>`, so a link cut short or changed is recognised before anything is
//! unpacked. Format 1 (older links, still read): `#data=<payload>`, no check.
//!
//! Reading a link never panics and every refusal says why: a link longer than
//! [`MAX_LINK`] characters (the page never makes one) is refused before it is decoded; a format
//! newer than [`LINK_VERSION`] is refused as such; a failed check, bad base64, bad compression or
//! bad JSON say the link is damaged; the unpacked JSON may not exceed [`MAX_DECODED`] bytes (the
//! page stops unpacking there, so a small link cannot unpack into gigabytes).
//!
//! Pure, apart from the unpacking (the browser's DecompressionStream, in `browser.rs`): the
//! page calls [`parse`], unpacks, then [`read_payload`].

pub use crate::corpus::MAX_LINK;
use crate::corpus::{article_id, b64_decode, b64_encode, Stored, UserArticle};
use std::fmt;

/// The link format the page writes.
pub const LINK_VERSION: u32 = 2;

/// The most a link's articles may unpack to (bytes of JSON).
pub const MAX_DECODED: usize = 2 * 1024 * 1024;

/// Why a link's articles could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Longer than [`MAX_LINK`] characters.
    TooLong(usize),
    /// Made by a newer version of the page.
    Future(u32),
    /// Cut short or changed: the check, the base64, the compression or the text is wrong.
    Damaged(&'static str),
    /// Unpacks to more than [`MAX_DECODED`] bytes.
    TooLarge,
    /// The unpacked articles are not what the page writes.
    Unreadable(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::TooLong(n) => write!(
                f,
                "the link is {} long; links with articles are at most {MAX_LINK} characters, so this one was not read",
                size(*n)
            ),
            LinkError::Future(v) => write!(
                f,
                "the link was made by a newer version of Crosscheck (link format {v}; this page reads formats 1 to {LINK_VERSION}): reload the page to get the newest version"
            ),
            LinkError::Damaged(why) => write!(
                f,
                "the link is incomplete or was changed ({why}): ask for it again, copied whole"
            ),
            LinkError::TooLarge => write!(
                f,
                "its articles would unpack to more than {} MB, more than a link may carry",
                MAX_DECODED >> 20
            ),
            LinkError::Unreadable(why) => {
                write!(f, "its articles are not in a form this page reads ({why})")
            }
        }
    }
}

fn size(n: usize) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MB", n as f64 / 1048576.0)
    } else {
        format!("{n} characters")
    }
}

fn check(payload: &str) -> String {
    let id = crosscheck_core::consolidate::stable_id("link", &[payload]);
    id.trim_start_matches("link-").to_string()
}

/// What follows `#data=` for these compressed bytes.
pub fn encode(compressed: &[u8]) -> String {
    let payload = b64_encode(compressed);
    format!("{LINK_VERSION}.{}.{payload}", check(&payload))
}

/// The compressed bytes a link's fragment (`location.hash`, with or without its `#`) carries:
/// Ok(None) when it carries no articles.
pub fn parse(fragment: &str) -> Result<Option<Vec<u8>>, LinkError> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(data) = f.strip_prefix("data=") else {
        return Ok(None);
    };
    if f.len() > MAX_LINK {
        return Err(LinkError::TooLong(f.len()));
    }
    let payload = match data.split_once('.') {
        // format 1: the payload alone
        None => data,
        Some((v, rest)) => {
            let v: u32 = v
                .parse()
                .map_err(|_| LinkError::Damaged("no format number"))?;
            if v > LINK_VERSION {
                return Err(LinkError::Future(v));
            }
            if v != LINK_VERSION {
                return Err(LinkError::Damaged("an unknown format number"));
            }
            let (c, payload) = rest
                .split_once('.')
                .ok_or(LinkError::Damaged("its check is missing"))?;
            if c != check(payload) {
                return Err(LinkError::Damaged("its check does not match"));
            }
            payload
        }
    };
    if payload.is_empty() {
        return Err(LinkError::Damaged("it carries nothing"));
    }
    b64_decode(payload)
        .map(Some)
        .ok_or(LinkError::Damaged("it is not base64"))
}

/// The articles in a link's unpacked JSON.
pub fn read_payload(json: &str) -> Result<Stored, LinkError> {
    if json.len() > MAX_DECODED {
        return Err(LinkError::TooLarge);
    }
    let st: Stored =
        serde_json::from_str(json).map_err(|e| LinkError::Unreadable(e.to_string()))?;
    if st.v != 1 {
        return Err(LinkError::Unreadable(format!(
            "articles' format {}; this page reads format 1",
            st.v
        )));
    }
    // ids are recomputed (a changed id cannot pose as another text), duplicates dropped
    let mut out = Stored {
        articles: Vec::new(),
        ..st
    };
    for a in st.articles {
        out.add(UserArticle {
            id: article_id(&a.text),
            ..a
        });
    }
    Ok(out)
}
