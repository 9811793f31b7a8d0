//! The article reader: one article with every extracted span highlighted by category (casualty
//! figure, truce mention, stance), scrolled to the selected record's sentence.
//!
//! It reads the full Report (not the filtered one), so a highlighted sentence never vanishes
//! because a filter hides its record.

use crate::app::use_ctx;
use crate::components::sources::label;
use crosscheck_core::*;
use crosscheck_web::state::record_evidence;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Cat {
    Casualty,
    Truce,
    Stance,
}

/// Split `text` into pieces, each with the categories of the sentences covering it.
fn pieces(text: &str, spans: &[(usize, usize, Cat)]) -> Vec<(usize, usize, Vec<Cat>)> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(s, e, _) in spans {
        if s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e) {
            cuts.push(s);
            cuts.push(e);
        }
    }
    crosscheck_core::order::sort(&mut cuts);
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let mut cats: Vec<Cat> = spans
                .iter()
                .filter(|&&(s, e, _)| s <= w[0] && w[1] <= e)
                .map(|&(_, _, c)| c)
                .collect();
            crosscheck_core::order::sort(&mut cats);
            cats.dedup();
            (w[0], w[1], cats)
        })
        .collect()
}

#[component]
pub fn Reader(full: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    let rep = full.clone();
    let body = move || {
        let inputs = ctx.inputs.get();
        let (open, sel) = ctx.reading.get();
        let sel_ev = sel
            .as_deref()
            .and_then(|s| record_evidence(&rep, s))
            .cloned();
        let article = open.or_else(|| sel_ev.as_ref().map(|e| e.article.clone()))?;
        let meta = rep.articles.iter().find(|a| a.id == article);
        // a Report opened from a file: its offsets fit only the very text it was computed from
        let opened = ctx.opened.get().is_some();
        let input = inputs
            .iter()
            .find(|a| a.id == article)
            .filter(|i| !opened || meta.is_some_and(|m| m.chars == i.text.chars().count()))
            .cloned();
        let close = move |_| {
            let mut v = ctx.view.get_untracked();
            v.open = None;
            v.sel = None;
            ctx.set_view(v, true);
        };
        let Some(input) = input else {
            // no text to show: the sentence the Report quotes, if a record is selected
            let title = meta.map(label)?;
            let aria = format!("Article: {title}");
            let sentence = sel_ev.filter(|e| e.article == article).map(|e| e.sentence);
            return Some(view! {
                <article class="reader panel" aria-label=aria id="reader">
                    <header>
                        <h2>{title}</h2>
                        <button class="close" on:click=close>"Close"</button>
                    </header>
                    <p class="legend no-text">"This article's text is not loaded (the Report was opened from a file): only the sentence the Report quotes is shown."</p>
                    {sentence.map(|t| view! { <blockquote class="text"><mark class="hl selected">{t}</mark></blockquote> })}
                </article>
            }.into_any());
        };
        let mut spans: Vec<(usize, usize, Cat)> = Vec::new();
        for c in rep
            .casualties
            .iter()
            .filter(|c| c.evidence.article == article)
        {
            spans.push((c.evidence.start, c.evidence.end, Cat::Casualty));
        }
        for t in &rep.truces {
            for m in t.mentions.iter().filter(|m| m.evidence.article == article) {
                spans.push((m.evidence.start, m.evidence.end, Cat::Truce));
            }
        }
        for s in rep.stances.iter().filter(|s| s.evidence.article == article) {
            spans.push((s.evidence.start, s.evidence.end, Cat::Stance));
        }
        let sel_span = sel_ev
            .filter(|e| e.article == article)
            .map(|e| (e.start, e.end));
        let text = input.text.clone();
        let title = rep
            .articles
            .iter()
            .find(|a| a.id == article)
            .map(label)
            .unwrap_or_default();
        let aria = format!("Article: {title}");
        let parts = pieces(&text, &spans);
        Some(view! {
            <article class="reader panel" aria-label=aria id="reader">
                <header>
                    <h2>{title}</h2>
                    <button class="close" on:click=close>"Close"</button>
                </header>
                <p class="legend">
                    <mark class="hl casualty">"casualty figure"</mark> " "
                    <mark class="hl truce">"truce mention"</mark> " "
                    <mark class="hl stance">"stance"</mark> " "
                    <mark class="hl legend-selected">"selected"</mark>
                </p>
                <div class="text" tabindex="0">
                    {parts.into_iter().map(|(s, e, cats)| {
                        let piece = text.get(s..e).unwrap_or_default().to_string();
                        let selected = sel_span.is_some_and(|(a, b)| a <= s && e <= b && a < b);
                        if cats.is_empty() && !selected {
                            view! { <span>{piece}</span> }.into_any()
                        } else {
                            let class = cats.iter().map(|c| match c { Cat::Casualty => "casualty", Cat::Truce => "truce", Cat::Stance => "stance" }).collect::<Vec<_>>().join(" ");
                            let class = format!("hl {class}{}", if selected { " selected" } else { "" });
                            view! { <mark class=class>{piece}</mark> }.into_any()
                        }
                    }).collect_view()}
                </div>
            </article>
        }.into_any())
    };
    // scroll the selected sentence into view after it renders
    Effect::new(move |_| {
        let (open, sel) = ctx.reading.get();
        if open.is_some() || sel.is_some() {
            gloo::timers::callback::Timeout::new(0, || {
                let doc = gloo::utils::document();
                if let Some(el) = doc.query_selector(".reader").ok().flatten() {
                    el.scroll_into_view();
                }
                if let Some(el) = doc.query_selector(".reader mark.selected").ok().flatten() {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Center);
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            })
            .forget();
        }
    });
    body
}
