//! How the user's articles are laid out in browser storage, so that two tabs adding and removing
//! articles at once never lose one, and an unreadable entry is never overwritten.
//!
//! Design: **one key per article**. `crosscheck.v2.article.<id>` holds one article (and when it
//! was added, to keep the list's order); `crosscheck.v2.settings` holds the bundled switch.
//! Adding an article writes only its own key, removing one deletes only its own key, so no
//! write ever carries a stale copy of another tab's list: whatever two tabs do at once, each
//! change lands on its own key and nothing is dropped. Ids are hashes of the text, so two tabs
//! adding the same text write the same key with the same article. Each tab keeps the others
//! in sight through `storage` events: [`apply_event`] turns one into a change of the tab's list
//! (an added key adds that article, a removed key removes that article only). No tombstones
//! are needed: a removal is the key's absence, and only the tab that removes an article
//! deletes its key. The switch is one value; its last write wins.
//!
//! The older layout (everything in one key, `crosscheck.articles.v1`) is migrated on load: its
//! articles are written to their own keys, and the old key is removed only once all of them
//! are written.
//!
//! An entry that cannot be read (not JSON, an unknown version, an id that does not match its
//! text) is never overwritten: the page copies it, byte for byte, to
//! `crosscheck.unreadable.<hash>` and only then removes the original; if the copy cannot be
//! made, the original stays where it is and the page never writes that key (see
//! [`Loaded::unreadable`]).
//!
//! Pure: the page reads the keys and performs the [`Op`]s; everything here is tested natively.

use crate::corpus::{article_id, Stored, UserArticle};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Every key of this layout starts with this.
pub const PREFIX: &str = "crosscheck.v2.";
/// The bundled switch.
pub const SETTINGS: &str = "crosscheck.v2.settings";
/// One article per key: this, then the article's id.
pub const ARTICLE: &str = "crosscheck.v2.article.";
/// The older layout: the whole list in one key.
pub const LEGACY: &str = "crosscheck.articles.v1";
/// Where unreadable entries are kept aside: this, then a hash of the entry.
pub const ASIDE: &str = "crosscheck.unreadable.";

/// Whether the page reads `key` (this layout or the older one).
pub fn is_ours(key: &str) -> bool {
    key.starts_with(PREFIX) || key == LEGACY
}

pub fn article_key(id: &str) -> String {
    format!("{ARTICLE}{id}")
}

/// The key an unreadable entry `raw` is kept under.
pub fn aside_key(raw: &str) -> String {
    format!(
        "{ASIDE}{}",
        crosscheck_core::consolidate::stable_id("entry", &[raw])
    )
}

#[derive(Serialize, Deserialize)]
struct Entry {
    v: u32,
    /// When it was added (ms since the epoch): the list's order.
    at: f64,
    article: UserArticle,
}

#[derive(Serialize, Deserialize)]
struct Settings {
    v: u32,
    bundled: bool,
}

/// One write to browser storage.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Set(String, String),
    Remove(String),
}

impl Op {
    pub fn key(&self) -> &str {
        match self {
            Op::Set(k, _) | Op::Remove(k) => k,
        }
    }
}

pub fn entry_json(a: &UserArticle, at: f64) -> String {
    serde_json::to_string(&Entry {
        v: 2,
        at,
        article: a.clone(),
    })
    .unwrap_or_default()
}

pub fn settings_json(bundled: bool) -> String {
    serde_json::to_string(&Settings { v: 2, bundled }).unwrap_or_default()
}

/// Read one article entry stored under `key`.
fn read_entry(key: &str, raw: &str) -> Result<(f64, UserArticle), String> {
    let e: Entry = serde_json::from_str(raw).map_err(|e| format!("not readable: {e}"))?;
    if e.v != 2 {
        return Err(format!("an unknown format (version {})", e.v));
    }
    let id = article_id(&e.article.text);
    if key != article_key(&id) {
        return Err("its key does not match its text".into());
    }
    Ok((e.at, UserArticle { id, ..e.article }))
}

fn read_settings(raw: &str) -> Result<bool, String> {
    let s: Settings = serde_json::from_str(raw).map_err(|e| format!("not readable: {e}"))?;
    if s.v != 2 {
        return Err(format!("an unknown format (version {})", s.v));
    }
    Ok(s.bundled)
}

/// What was found in storage.
#[derive(Debug, Default)]
pub struct Loaded {
    pub stored: Stored,
    /// Entries that could not be read: (key, why). The page keeps each aside and never writes
    /// its key.
    pub unreadable: Vec<(String, String)>,
    /// Writes that move the older layout's articles to their own keys (the old key's removal
    /// last); empty when there is nothing to migrate.
    pub migrate: Vec<Op>,
}

/// Read the page's keys (`items`: every (key, value) for which [`is_ours`] holds; others are
/// skipped).
pub fn load(items: &[(String, String)]) -> Loaded {
    let mut out = Loaded::default();
    let mut arts: Vec<(f64, UserArticle)> = Vec::new();
    let mut has_settings = false;
    let mut legacy = None;
    for (k, raw) in items {
        if k == SETTINGS {
            match read_settings(raw) {
                Ok(b) => {
                    out.stored.bundled = b;
                    has_settings = true;
                }
                Err(e) => out.unreadable.push((k.clone(), e)),
            }
        } else if k.starts_with(ARTICLE) {
            match read_entry(k, raw) {
                Ok(a) => arts.push(a),
                Err(e) => out.unreadable.push((k.clone(), e)),
            }
        } else if k == LEGACY {
            legacy = Some(raw);
        }
    }
    crosscheck_core::order::sort_by(&mut arts, |a, b| {
        a.0.total_cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id))
    });
    for (_, a) in arts {
        out.stored.add(a);
    }
    if let Some(raw) = legacy {
        match Stored::from_json(raw) {
            Err(e) => out.unreadable.push((LEGACY.to_string(), e)),
            Ok(old) => {
                if !has_settings {
                    out.stored.bundled = old.bundled;
                    out.migrate
                        .push(Op::Set(SETTINGS.into(), settings_json(old.bundled)));
                }
                // before every article of the new layout, in their old order
                for (i, a) in old.articles.into_iter().enumerate() {
                    let json = entry_json(&a, i as f64);
                    let key = article_key(&a.id);
                    if out.stored.add(a) {
                        out.migrate.push(Op::Set(key, json));
                    }
                }
                out.migrate.push(Op::Remove(LEGACY.into()));
            }
        }
    }
    out
}

/// The writes that turn the stored `old` into `new`: a key set per added article, a key removed
/// per removed article, the settings when the switch changed. `now` (ms) orders the added ones.
pub fn diff(old: &Stored, new: &Stored, now: f64) -> Vec<Op> {
    let mut ops = Vec::new();
    if old.bundled != new.bundled {
        ops.push(Op::Set(SETTINGS.into(), settings_json(new.bundled)));
    }
    let ids = |s: &Stored| -> HashSet<String> { s.articles.iter().map(|a| a.id.clone()).collect() };
    let (was, is) = (ids(old), ids(new));
    for a in &old.articles {
        if !is.contains(&a.id) {
            ops.push(Op::Remove(article_key(&a.id)));
        }
    }
    let mut n = 0.0;
    for a in &new.articles {
        if !was.contains(&a.id) {
            ops.push(Op::Set(article_key(&a.id), entry_json(a, now + n)));
            n += 1.0;
        }
    }
    ops
}

/// What a `storage` event (another tab's write) changes in this tab's list.
#[derive(Debug, PartialEq)]
pub enum Event {
    /// Not one of the page's keys, or nothing changes.
    Ignored,
    /// The list changed; the article's title (or id) and whether it was added.
    Article { label: String, added: bool },
    /// The bundled switch changed.
    Bundled(bool),
    /// Storage was cleared: read it all again.
    Reload,
    /// The new value could not be read (key, why); the list is left as it is.
    Unreadable(String, String),
}

/// Apply another tab's write of `key` (None: storage cleared) to `new` (None: the key was
/// removed).
pub fn apply_event(st: &mut Stored, key: Option<&str>, new: Option<&str>) -> Event {
    let Some(key) = key else {
        return Event::Reload;
    };
    if key == SETTINGS {
        return match new.map(read_settings) {
            None => Event::Ignored,
            Some(Ok(b)) if b == st.bundled => Event::Ignored,
            Some(Ok(b)) => {
                st.bundled = b;
                Event::Bundled(b)
            }
            Some(Err(e)) => Event::Unreadable(key.into(), e),
        };
    }
    let Some(id) = key.strip_prefix(ARTICLE) else {
        return Event::Ignored;
    };
    match new {
        None => match st.articles.iter().position(|a| a.id == id) {
            None => Event::Ignored,
            Some(i) => {
                let a = st.articles.remove(i);
                Event::Article {
                    label: a.title.unwrap_or(a.id),
                    added: false,
                }
            }
        },
        Some(raw) => match read_entry(key, raw) {
            Err(e) => Event::Unreadable(key.into(), e),
            Ok((_, a)) => {
                let label = a.title.clone().unwrap_or_else(|| a.id.clone());
                if st.add(a) {
                    Event::Article { label, added: true }
                } else {
                    Event::Ignored
                }
            }
        },
    }
}
