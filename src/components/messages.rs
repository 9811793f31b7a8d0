//! What the page says about the user's articles: a shared link's articles waiting to be kept,
//! the latest messages (added, refused, not saved) and whether the core is reading. On the
//! dashboard (`.messages`, always visible, so a warning is never hidden in a closed drawer) and
//! inside the articles drawer (`.drawer-messages`), where it answers what was just done there.
//! While the worker reads the articles, a progress bar (steps done of the total) with *Cancel*,
//! which stops it and keeps the Report shown before.

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

/// The dashboard's messages: a shared link's articles, the latest messages, reading (with its
/// progress and *Cancel*).
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
        {move || ctx.busy.get().then(|| view! {
            <div class="busy" role="status">
                <p>"Reading the articles…"
                    {move || ctx.progress.get().map(|(done, total)| format!(" {}%", done * 100 / total.max(1)))}
                </p>
                <progress aria-label="Reading the articles" max=move || ctx.progress.get().map_or(1, |p| p.1).to_string()
                    value=move || ctx.progress.get().map_or(0, |p| p.0).to_string()></progress>
                <button type="button" class="cancel" on:click=move |_| ctx.cancel()>"Cancel"</button>
            </div>
        })}
    }
}
