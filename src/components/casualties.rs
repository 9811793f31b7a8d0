//! Casualty figures: every claim as a range on one shared axis, grouped by scope and kind.
//!
//! An exact figure is a tick, "more than 1,200" an open-ended bar, "thousands" a band; current
//! fighting comes first and an earlier war apart. Each row names its article and credited
//! source, says toll or incident in words, shows its notes, and opens its sentence on click.

use crate::app::use_ctx;
use crate::components::filters::Empty;
use crosscheck_core::*;
use crosscheck_web::format::{count, word};
use leptos::prelude::*;
use std::sync::Arc;

const W: f64 = 240.0;

/// Position of `v` on the shared log axis from 1 to `max`.
fn x(v: u64, max: u64) -> f64 {
    let v = (v.max(1) as f64).log10();
    let m = (max.max(10) as f64).log10();
    (v / m * (W - 12.0)).clamp(0.0, W - 12.0) + 6.0
}

#[component]
fn Range(c: Casualty, max: u64) -> impl IntoView {
    let title = format!("{} {}", word(&c.kind), count(&c.count));
    let body = match (c.count.qualifier, c.count.low, c.count.high) {
        (Qualifier::Unquantified, _, _) | (_, None, _) => view! {
            <text x="6" y="11" class="axis-note">"no number"</text>
        }
        .into_any(),
        (Qualifier::MoreThan | Qualifier::AtLeast, Some(l), _) => {
            let a = x(l, max);
            view! {
                <line x1=a x2={W - 6.0} y1="7" y2="7" class="open" />
                <polygon points=format!("{},3 {},7 {},11", W - 6.0, W, W - 6.0) class="open-arrow" />
                <line x1=a x2=a y1="2" y2="12" class="tick" />
            }
            .into_any()
        }
        (_, Some(l), Some(h)) if h > l => {
            let (a, b) = (x(l, max), x(h, max));
            view! { <rect x=a y="3" width={(b - a).max(2.0)} height="8" class="band" /> }.into_any()
        }
        (_, Some(l), _) => {
            let a = x(l, max);
            view! { <line x1=a x2=a y1="1" y2="13" class="tick exact" /> }.into_any()
        }
    };
    let aria = title.clone();
    view! {
        <svg class="range" viewBox=format!("0 0 {W} 14") preserveAspectRatio="none" role="img" aria-label=aria>
            <title>{title}</title>
            <line x1="6" x2={W - 6.0} y1="7" y2="7" class="axis" />
            {body}
        </svg>
    }
}

#[component]
pub fn CasualtyPanel(report: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    let max = report
        .casualties
        .iter()
        .filter_map(|c| c.count.high.or(c.count.low))
        .max()
        .unwrap_or(10);
    let mut groups: Vec<((Scope, CasualtyKind), Vec<Casualty>)> = Vec::new();
    for c in &report.casualties {
        let key = (c.scope, c.kind);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(c.clone()),
            None => groups.push((key, vec![c.clone()])),
        }
    }
    groups.sort_by_key(|(k, _)| *k);
    let empty = groups.is_empty();
    let title_of = |a: &str| {
        report
            .articles
            .iter()
            .find(|x| x.id == a)
            .map(crate::components::sources::label)
            .unwrap_or_else(|| a.to_string())
    };
    view! {
        <section class="panel casualties" aria-labelledby="cas-h">
            <h2 id="cas-h">"Casualty figures"</h2>
            <p class="axis-legend">{format!("Shared log scale, 1 to {}. Tick: exact figure · bar with arrow: open-ended (“more than”) · band: a range or vague quantity.", crate::format::thousands(max))}</p>
            {empty.then(|| view! { <Empty what="figures" /> })}
            {groups.into_iter().map(|((scope, kind), items)| {
                let heading = format!("{} — {}", match scope { Scope::Current => "Current fighting", Scope::Historical => "Earlier war" }, word(&kind));
                view! {
                    <h3>{heading}</h3>
                    <table class="claims">
                        <thead><tr><th scope="col">"Claim"</th><th scope="col">"Range"</th><th scope="col">"Who"</th><th scope="col">"Level"</th><th scope="col">"Source"</th></tr></thead>
                        <tbody>
                            {items.into_iter().map(|c| {
                                let (art_id, id) = (c.evidence.article.clone(), c.id.clone());
                                let id2 = c.id.clone();
                                let art = title_of(&c.evidence.article);
                                let notes = c.notes.clone();
                                view! {
                                    <tr class="claim" class:selected=move || ctx.view.get().sel.as_deref() == Some(id2.as_str()) data-id=c.id.clone() data-article=c.evidence.article.clone()>
                                        <td>
                                            <button class="linkish" on:click=move |_| ctx.select(&art_id, &id) title="Open the sentence this figure comes from">
                                                {count(&c.count)}
                                            </button>
                                            <div class="quote">"“" {c.quote.clone()} "”"</div>
                                            {notes.into_iter().map(|n| view! { <div class="note">"Note: " {n}</div> }).collect_view()}
                                        </td>
                                        <td><Range c=c.clone() max=max /></td>
                                        <td>{word(&c.population)}{c.sides.map(|_| " (both sides)")}</td>
                                        <td><span class=format!("badge {}", word(&c.level))>{word(&c.level)}</span></td>
                                        <td><span class="article-ref">{art}</span>{c.source.clone().map(|s| view! { <div class="credited">"according to " {s}</div> })}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            }).collect_view()}
        </section>
    }
}
