//! Keyed lists, all drawn through one instance of Leptos's `<For>`.
//!
//! `<For>` is generic over its item, key and view types and over its three closures, so each
//! list written with it links its own copy of the keyed diffing and of the row owners' code.
//! Here every list hands [`keyed`] its rows as [`Row`]s (a `String` key and a boxed function
//! that draws the row), so the page links that code once. Behaviour is `<For>`'s: a row is
//! drawn only when its key is new, kept while its key stays, and removed when its key goes.

use leptos::prelude::*;

/// One row of a keyed list: its key, and how to draw it (called only when the key is new).
pub struct Row {
    key: String,
    draw: Box<dyn FnOnce() -> AnyView + Send>,
}

impl Row {
    pub fn new<V: IntoView + 'static>(
        key: impl Into<String>,
        draw: impl FnOnce() -> V + Send + 'static,
    ) -> Row {
        Row {
            key: key.into(),
            draw: Box::new(move || draw().into_any()),
        }
    }
}

/// The rows `each` gives, keyed; `each` runs again whenever what it reads changes.
pub fn keyed(each: impl Fn() -> Vec<Row> + Send + 'static) -> AnyView {
    keyed_rows(Box::new(each))
}

#[inline(never)]
fn keyed_rows(each: Box<dyn Fn() -> Vec<Row> + Send>) -> AnyView {
    view! { <For each=move || each() key=|r: &Row| r.key.clone() children=|r: Row| (r.draw)() /> }
        .into_any()
}
