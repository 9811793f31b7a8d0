//! A small notice for what the page could not use (a malformed link parameter, an unknown
//! record): it says what was ignored and can be dismissed.

use crate::app::use_ctx;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let n = ctx.notices.get();
        (!n.is_empty()).then(|| {
            view! {
                <div class="notice" role="status">
                    <p>"Part of this link could not be used and was ignored:"</p>
                    <ul>{n.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                    <button on:click=move |_| ctx.notices.set(Vec::new())>"Dismiss"</button>
                </div>
            }
        })
    }
}
