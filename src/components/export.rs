//! Export and share: the Report as JSON (the CLI's schema, one serializer) and CSV tables, of
//! the current view and of everything, each button saying how many rows it holds; and a link
//! that carries the user's own articles, compressed, in its fragment (never sent to a server).

use crate::app::use_ctx;
use crate::browser;
use crosscheck_core::{export, Report};
use crosscheck_web::share::{self, MAX_LINK};
use leptos::prelude::*;
use std::sync::Arc;

/// The lines that say how to cite a CSV export (a `#` comment block before the header).
fn citation(r: &Report) -> String {
    let arts: Vec<&str> = r.articles.iter().map(|a| a.id.as_str()).collect();
    format!(
        "# {} ({}); retrieved {}; articles: {}\n",
        r.generator,
        r.schema,
        browser::today(),
        arts.join(" ")
    )
}

#[component]
pub fn ExportPanel(view: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    let full = ctx.report.get_untracked().unwrap_or_default();
    let scopes: Vec<(&'static str, Arc<Report>)> = vec![("view", view), ("all", full)];
    let share = move |_| {
        let corpus = ctx.corpus.get_untracked();
        if corpus.articles.is_empty() {
            ctx.say(false, "You have no articles of your own to share: Copy link (in the filters) shares this view.");
            return;
        }
        leptos::task::spawn_local(async move {
            match browser::compress(&corpus.to_json()).await {
                Err(e) => ctx.say(true, format!("Could not make a link: {e}.")),
                Ok(bytes) => {
                    let w = gloo::utils::window();
                    let loc = w.location();
                    let base = format!(
                        "{}{}{}",
                        loc.origin().unwrap_or_default(),
                        loc.pathname().unwrap_or_default(),
                        loc.search().unwrap_or_default()
                    );
                    let url = format!("{base}#data={}", share::encode(&bytes));
                    if url.len() > MAX_LINK {
                        ctx.say(true, format!("A link with your articles would be {} characters long, too long for common browsers (limit {MAX_LINK}). Export the JSON instead and send the file.", url.len()));
                        return;
                    }
                    if let Ok(h) = w.history() {
                        let _ =
                            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
                    }
                    let copied = browser::copy(&url).await;
                    ctx.say(
                        false,
                        format!(
                            "Link with your {} article(s) {} ({} characters); the texts travel in the link itself.",
                            corpus.articles.len(),
                            if copied { "copied" } else { "is in the address bar" },
                            url.len()
                        ),
                    );
                }
            }
        });
    };
    view! {
        <section class="panel export" aria-labelledby="exp-h">
            <h2 id="exp-h">"Export and share"</h2>
            <div class="export-rows">
                {scopes.into_iter().map(|(scope, r)| {
                    let label = if scope == "view" { "This view" } else { "Everything" };
                    let n_cas = r.casualties.len();
                    let n_tru: usize = r.truces.iter().map(|t| t.mentions.len()).sum();
                    let n_st = r.stances.len();
                    let (r1, r2, r3, r4) = (r.clone(), r.clone(), r.clone(), r.clone());
                    let date = browser::today();
                    let (d1, d2, d3, d4) = (date.clone(), date.clone(), date.clone(), date);
                    view! {
                        <div class="export-row" data-scope=scope>
                            <span class="export-label">{label}</span>
                            <button class="export-json" on:click=move |_| browser::download(&format!("crosscheck-{scope}-{d1}.json"), "application/json", &(r1.to_json() + "\n"))>
                                {format!("JSON ({} records)", n_cas + n_tru + n_st)}
                            </button>
                            <button class="export-casualties" on:click=move |_| browser::download(&format!("crosscheck-{scope}-casualties-{d2}.csv"), "text/csv", &(citation(&r2) + &export::to_csv(&r2)[0].1))>
                                {format!("Casualties CSV ({n_cas} rows)")}
                            </button>
                            <button class="export-truces" on:click=move |_| browser::download(&format!("crosscheck-{scope}-truces-{d3}.csv"), "text/csv", &(citation(&r3) + &export::to_csv(&r3)[1].1))>
                                {format!("Truce mentions CSV ({n_tru} rows)")}
                            </button>
                            <button class="export-stances" on:click=move |_| browser::download(&format!("crosscheck-{scope}-stances-{d4}.csv"), "text/csv", &(citation(&r4) + &export::to_csv(&r4)[2].1))>
                                {format!("Stances CSV ({n_st} rows)")}
                            </button>
                        </div>
                    }
                }).collect_view()}
            </div>
            <p>
                <button class="share" on:click=share>"Share a link with my articles"</button>
                " The link carries your articles' texts, compressed, after the #; nothing is uploaded."
            </p>
        </section>
    }
}
