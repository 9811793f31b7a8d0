//! Native tests of the storage layout: one key per article, so two tabs' concurrent writes
//! never drop an article; storage events merge; unreadable entries are reported, not read.

use crosscheck_web::corpus::{from_paste, Meta, Stored, UserArticle};
use crosscheck_web::store::*;

fn art(text: &str) -> UserArticle {
    from_paste(
        text,
        &Meta {
            title: text.chars().take(10).collect(),
            ..Meta::default()
        },
    )
    .unwrap()
    .0
}

/// A stand-in for localStorage.
#[derive(Default)]
struct Mem(Vec<(String, String)>);

impl Mem {
    fn apply(&mut self, ops: &[Op]) {
        for op in ops {
            self.0.retain(|(k, _)| k != op.key());
            if let Op::Set(k, v) = op {
                self.0.push((k.clone(), v.clone()));
            }
        }
    }
}

#[test]
fn two_tabs_adding_and_removing_at_once_lose_nothing() {
    let (x, y, z) = (art("Article X."), art("Article Y."), art("Article Z."));
    let mut mem = Mem::default();
    // both tabs start with X
    let empty = Stored::default();
    let mut a = empty.clone();
    a.add(x.clone());
    mem.apply(&diff(&empty, &a, 1.0));
    let b0 = load(&mem.0).stored;
    assert_eq!(b0, a);
    // at once, before either sees the other's event: A adds Y, B removes X and adds Z
    let a1 = {
        let mut s = a.clone();
        s.add(y.clone());
        s
    };
    let b1 = {
        let mut s = b0.clone();
        s.articles.retain(|q| q.id != x.id);
        s.add(z.clone());
        s
    };
    let ops_a = diff(&a, &a1, 2.0);
    let ops_b = diff(&b0, &b1, 3.0);
    mem.apply(&ops_b);
    mem.apply(&ops_a);
    // storage holds Y and Z: B's removal of X applied, nothing of A's dropped
    let ids: Vec<String> = load(&mem.0)
        .stored
        .articles
        .into_iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(ids, vec![y.id.clone(), z.id.clone()]);
    // each tab merges the other's events and ends with the same list
    let mut a2 = a1.clone();
    for op in &ops_b {
        let new = match op {
            Op::Set(_, v) => Some(v.as_str()),
            Op::Remove(_) => None,
        };
        apply_event(&mut a2, Some(op.key()), new);
    }
    let mut b2 = b1.clone();
    for op in &ops_a {
        let new = match op {
            Op::Set(_, v) => Some(v.as_str()),
            Op::Remove(_) => None,
        };
        apply_event(&mut b2, Some(op.key()), new);
    }
    let sorted = |s: &Stored| {
        let mut v: Vec<String> = s.articles.iter().map(|a| a.id.clone()).collect();
        v.sort();
        v
    };
    assert_eq!(sorted(&a2), sorted(&b2));
    assert_eq!(sorted(&a2), {
        let mut v = vec![y.id, z.id];
        v.sort();
        v
    });
}

#[test]
fn diff_writes_only_the_changed_keys() {
    let (x, y) = (art("Article X."), art("Article Y."));
    let mut old = Stored::default();
    old.add(x.clone());
    let mut new = old.clone();
    new.add(y.clone());
    assert_eq!(
        diff(&old, &new, 5.0)
            .iter()
            .map(|o| o.key().to_string())
            .collect::<Vec<_>>(),
        vec![article_key(&y.id)]
    );
    new.articles.retain(|a| a.id != x.id);
    new.bundled = false;
    let ops = diff(&old, &new, 5.0);
    assert_eq!(ops.len(), 3);
    assert!(ops.contains(&Op::Remove(article_key(&x.id))));
    assert!(ops.contains(&Op::Set(SETTINGS.into(), settings_json(false))));
    assert!(diff(&new, &new, 9.0).is_empty());
}

#[test]
fn load_keeps_the_order_of_adding_and_the_switch() {
    let (x, y) = (art("Article X."), art("Article Y."));
    let items = vec![
        (article_key(&y.id), entry_json(&y, 20.0)),
        ("someone.else".to_string(), "ignored".to_string()),
        (SETTINGS.to_string(), settings_json(false)),
        (article_key(&x.id), entry_json(&x, 10.0)),
    ];
    let l = load(&items);
    assert!(l.unreadable.is_empty() && l.migrate.is_empty());
    assert!(!l.stored.bundled);
    assert_eq!(l.stored.articles, vec![x, y]);
}

#[test]
fn unreadable_entries_are_reported_and_not_read() {
    let x = art("Article X.");
    let y = art("Article Y.");
    let items = vec![
        (article_key(&x.id), "{\"v\":2,\"at\": BROKEN".to_string()),
        (
            article_key(&y.id),
            entry_json(&y, 1.0).replace("\"v\":2", "\"v\":9"),
        ),
        // an entry whose key is not its text's
        (article_key("user-000000000000"), entry_json(&x, 2.0)),
        (SETTINGS.to_string(), "[]".to_string()),
        (
            LEGACY.to_string(),
            "{\"v\":1,\"articles\":[{\"text\": BROKEN".to_string(),
        ),
    ];
    let l = load(&items);
    assert!(l.stored.articles.is_empty());
    assert!(l.stored.bundled);
    let keys: Vec<&str> = l.unreadable.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys.len(), 5, "{:?}", l.unreadable);
    assert!(keys.contains(&LEGACY));
    assert!(
        l.migrate.is_empty(),
        "an unreadable old entry is never migrated (nor removed)"
    );
    assert!(aside_key("raw").starts_with(ASIDE));
    assert_ne!(aside_key("raw"), aside_key("raw2"));
    assert!(
        !is_ours(&aside_key("raw")),
        "entries kept aside are not read back"
    );
}

#[test]
fn the_older_layout_is_migrated_and_removed_last() {
    let (x, y) = (art("Article X."), art("Article Y."));
    let old = Stored {
        v: 1,
        bundled: false,
        articles: vec![x.clone(), y.clone()],
    };
    let mut mem = Mem(vec![(LEGACY.to_string(), old.to_json())]);
    let l = load(&mem.0);
    assert_eq!(l.stored, old);
    assert_eq!(l.migrate.last(), Some(&Op::Remove(LEGACY.into())));
    mem.apply(&l.migrate);
    let again = load(&mem.0);
    assert!(again.migrate.is_empty());
    assert_eq!(again.stored, old);
}

#[test]
fn storage_events_merge_article_by_article() {
    let (x, y) = (art("Article X."), art("Article Y."));
    let mut st = Stored::default();
    st.add(x.clone());
    let k = article_key(&y.id);
    assert!(matches!(
        apply_event(&mut st, Some(&k), Some(&entry_json(&y, 1.0))),
        Event::Article { added: true, .. }
    ));
    // the same again changes nothing
    assert_eq!(
        apply_event(&mut st, Some(&k), Some(&entry_json(&y, 1.0))),
        Event::Ignored
    );
    assert!(matches!(
        apply_event(&mut st, Some(&article_key(&x.id)), None),
        Event::Article { added: false, .. }
    ));
    assert_eq!(st.articles, vec![y.clone()]);
    assert_eq!(
        apply_event(&mut st, Some(SETTINGS), Some(&settings_json(false))),
        Event::Bundled(false)
    );
    assert!(!st.bundled);
    assert!(matches!(
        apply_event(&mut st, Some(&k), Some("garbage")),
        Event::Unreadable(..)
    ));
    assert_eq!(
        apply_event(&mut st, Some("other.app"), Some("x")),
        Event::Ignored
    );
    assert_eq!(apply_event(&mut st, None, None), Event::Reload);
    assert_eq!(st.articles, vec![y]);
}
