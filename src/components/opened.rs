//! The banner over the dashboard while it shows a Report opened from a file: which file, which
//! tool made it, and the way back to the Report of the user's own articles.

use crate::app::use_ctx;
use leptos::prelude::*;

#[component]
pub fn OpenedBanner() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        ctx.opened.get().map(|o| {
            view! {
                <div class="opened" role="status">
                    <p>
                        {format!(
                            "Showing the Report “{}” ({} article{}, computed by {}), not your articles. Its figures open their sentences; an article's full text shows only when the same text is among your articles.",
                            o.name,
                            o.articles,
                            if o.articles == 1 { "" } else { "s" },
                            o.generator
                        )}
                    </p>
                    <button type="button" class="back-to-articles" on:click=move |_| ctx.close_report()>"Back to my articles"</button>
                </div>
            }
        })
    }
}
