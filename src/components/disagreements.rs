//! "Where the reports disagree", under the headline: one line per contradiction of the filtered
//! Report (`crosscheck_web::disagreements`), each claim in it opening its sentence in the reader.
//! At most three lines show until "Show all" is pressed, so the first screen still holds the
//! first figures and attempts; nothing at all shows when the reports agree.

use crate::app::use_ctx;
use crosscheck_core::Report;
use crosscheck_web::disagreements::{lines, Kind, Part};
use leptos::prelude::*;
use std::sync::Arc;

/// How many lines show before "Show all".
const FIRST: usize = 3;

fn kind_word(k: Kind) -> &'static str {
    match k {
        Kind::Attempts => "attempts",
        Kind::Figure => "figure",
        Kind::Stance => "stance",
    }
}

#[component]
pub fn Disagreements(report: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    // truce mentions are selected by their index in the Report the reader shows (the full one)
    let full = ctx.report.get_untracked().unwrap_or_else(|| report.clone());
    let found = lines(&report, &full);
    if found.is_empty() {
        return None;
    }
    let all = RwSignal::new(false);
    let n = found.len();
    Some(view! {
        <section class="disagreements" aria-labelledby="dis-h">
            <div class="dis-head">
                <h2 id="dis-h">"Where the reports disagree"</h2>
                {(n > FIRST).then(|| view! {
                    <button type="button" class="linkish show-all" aria-controls="dis-list"
                        aria-expanded=move || all.get().to_string()
                        on:click=move |_| all.update(|a| *a = !*a)>
                        {move || if all.get() { "Show fewer".to_string() } else { format!("Show all {n}") }}
                    </button>
                })}
            </div>
            <ul id="dis-list">
                {found.into_iter().enumerate().map(|(i, l)| {
                    let later = i >= FIRST;
                    view! {
                    <li class="disagreement" data-kind=kind_word(l.kind) class:hidden=move || later && !all.get()>
                        {l.parts.into_iter().map(|p| match p {
                            Part::Text(t) => view! { <span>{t}</span> }.into_any(),
                            Part::Link { text, article, id } => {
                                let art = article.clone();
                                view! {
                                    <button type="button" class="linkish" data-article=article
                                        on:click=move |_| ctx.select(&art, &id)>{text}</button>
                                }.into_any()
                            }
                        }).collect_view()}
                    </li>
                }}).collect_view()}
            </ul>
        </section>
    })
}
