//! What the page says about the user's articles: a shared link's articles waiting to be kept,
//! the latest messages (added, refused, not saved) and whether the core is reading. On the
//! dashboard (`.messages`, always visible, so a warning is never hidden in a closed drawer) and
//! inside the articles drawer (`.drawer-messages`), where it answers what was just done there.

use crate::app::use_ctx;
use leptos::prelude::*;

/// The latest messages, newest first.
#[component]
pub fn MessageList(class: &'static str, max: usize) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <div class=class role="status" aria-live="polite">
            {move || ctx.messages.get().into_iter().rev().take(max).map(|m| view! {
                <p class=if m.warn { "msg warn" } else { "msg" }>{m.text}</p>
            }).collect_view()}
        </div>
    }
}

/// The dashboard's messages: a shared link's articles, the latest messages, reading.
#[component]
pub fn Messages() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        {move || ctx.shared.get().map(|n| view! {
            <div class="shared" role="status">
                <p>{format!("This link carries {n} article(s). They are shown here but not kept in this browser.")}</p>
                <button class="keep" on:click=move |_| ctx.keep_shared()>"Keep them"</button>
            </div>
        })}
        <MessageList class="messages" max=6 />
        {move || ctx.messages.with(|m| !m.is_empty()).then(|| view! {
            <button type="button" class="dismiss" on:click=move |_| ctx.messages.set(Vec::new())>"Dismiss messages"</button>
        })}
        {move || ctx.busy.get().then(|| view! { <p class="busy" role="status">"Reading the articles…"</p> })}
    }
}
