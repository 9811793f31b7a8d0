//! Casualty figures: every claim as a range on one shared axis, grouped by scope and kind.
//!
//! An exact figure is a tick, "more than 1,200" an open-ended bar, "thousands" a band; a hedged
//! or disputed figure is drawn hollow (a ring, a dashed bar, an outlined band), with a legend.
//! Current fighting comes first and an earlier war apart. Each row names its article and
//! credited source, says in words its attribution (stated, attributed, hedged, disputed) and
//! toll or incident, shows its notes, how many independent sources among the articles shown
//! carry the same figure and which other articles repeat it (a copy of the same source is named
//! as such and not counted again: `crosscheck_web::provenance`), and opens its sentence on click.

use crate::app::use_ctx;
use crate::components::filters::Empty;
use crosscheck_core::*;
use crosscheck_web::format::{count, hollow, short, word};
use crosscheck_web::provenance::{carriers, link_between, FigureKey};
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
    let hollow = hollow(c.attribution);
    let title = format!(
        "{} {} ({})",
        word(&c.kind),
        count(&c.count),
        word(&c.attribution)
    );
    let body = match (c.count.qualifier, c.count.low, c.count.high) {
        (Qualifier::Unquantified, _, _) | (_, None, _) => view! {
            <text x="6" y="11" class="axis-note">"no number"</text>
        }
        .into_any(),
        (Qualifier::MoreThan | Qualifier::AtLeast, Some(l), _) => {
            let a = x(l, max);
            view! {
                <line x1=a x2={W - 6.0} y1="7" y2="7" class="open" />
                <polygon points=format!("{},3 {},7 {},11", W - 6.0, W - 0.5, W - 6.0) class="open-arrow" />
                {mark(a, hollow)}
            }
            .into_any()
        }
        (_, Some(l), Some(h)) if h > l => {
            let (a, b) = (x(l, max), x(h, max));
            view! { <rect x=a y="3" width={(b - a).max(2.0)} height="8" class="band" /> }.into_any()
        }
        (_, Some(l), _) => mark(x(l, max), hollow),
    };
    let aria = title.clone();
    let class = if hollow { "range hollow" } else { "range" };
    view! {
        <svg class=class viewBox=format!("0 0 {W} 14") preserveAspectRatio="none" role="img" aria-label=aria>
            <title>{title}</title>
            <line x1="6" x2={W - 6.0} y1="7" y2="7" class="axis" />
            {body}
        </svg>
    }
}

/// The mark of a figure's value: a tick, or a ring when the figure is hedged or disputed.
fn mark(a: f64, hollow: bool) -> AnyView {
    if hollow {
        view! { <ellipse cx=a cy="7" rx="5.5" ry="4.5" class="ring" /> }.into_any()
    } else {
        view! { <line x1=a x2=a y1="1" y2="13" class="tick exact" /> }.into_any()
    }
}

/// The marks of the chart in words, each beside a sample.
#[component]
fn Legend(max: u64) -> impl IntoView {
    let key = |body: AnyView, hollow: bool| {
        let class = if hollow {
            "range key hollow"
        } else {
            "range key"
        };
        view! {
            <svg class=class viewBox="0 0 36 14" aria-hidden="true">
                <line x1="2" x2="34" y1="7" y2="7" class="axis" />
                {body}
            </svg>
        }
    };
    view! {
        <p class="axis-legend">{format!("Shared log scale, 1 to {}.", crate::format::thousands(max))}</p>
        <ul class="chart-legend" aria-label="Chart legend">
            <li>{key(view! { <line x1="18" x2="18" y1="1" y2="13" class="tick exact" /> }.into_any(), false)} "exact figure"</li>
            <li>{key(view! { <line x1="10" x2="30" y1="7" y2="7" class="open" /><polygon points="30,3 35.5,7 30,11" class="open-arrow" /><line x1="10" x2="10" y1="2" y2="12" class="tick" /> }.into_any(), false)} "open-ended (“more than”)"</li>
            <li>{key(view! { <rect x="8" y="3" width="20" height="8" class="band" /> }.into_any(), false)} "a range or vague quantity"</li>
            <li>{key(view! { <ellipse cx="12" cy="7" rx="4" ry="4.5" class="ring" /><rect x="20" y="3" width="12" height="8" class="band" /> }.into_any(), true)} "hollow: hedged or disputed"</li>
        </ul>
        <p class="axis-legend">
            "Beside each figure, whose voice it is in: stated (the outlet's own), attributed (credited to a source), hedged (“reportedly”, unconfirmed) or disputed (a party rejects it). "
            "Under its article, how many independent sources among the articles shown carry the same figure (same kind, number, scope and population); a copy, rewrite or translation of one source counts once, as a copy."
        </p>
    }
}

#[component]
pub fn CasualtyPanel(report: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    // which sources carry each figure: over the articles in view, whatever else is filtered
    let full = ctx.report.get_untracked().unwrap_or_else(|| report.clone());
    let carried = carriers(&full, &ctx.view.get_untracked().articles);
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
            <Legend max=max />
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
                                let attr = word(&c.attribution);
                                let car = carried.get(&FigureKey::of(&c)).cloned().unwrap_or_default();
                                let others: Vec<(String, String, String)> = car.others(&c.evidence.article).into_iter().map(|o| {
                                    let how = if o.same_source {
                                        let kind = link_between(&full, &c.evidence.article, o.article).map_or("copy".to_string(), |l| word(&l.kind));
                                        format!("same source {} ({kind})", o.group)
                                    } else {
                                        o.group.to_string()
                                    };
                                    let t = title_of(o.article);
                                    (o.article.to_string(), format!("{} — {how}", short(&t, 30)), t)
                                }).collect();
                                let carried_class = if car.independent() > 1 { "carried many" } else { "carried one" };
                                view! {
                                    <tr class="claim" class:selected=move || ctx.view.get().sel.as_deref() == Some(id2.as_str()) data-id=c.id.clone() data-article=c.evidence.article.clone() data-attribution=attr.clone()>
                                        <td>
                                            <button class="linkish" on:click=move |_| ctx.select(&art_id, &id) title="Open the sentence this figure comes from">
                                                {count(&c.count)}
                                            </button>
                                            " " <span class=format!("attr {attr}")>{attr.clone()}</span>
                                            <div class="quote">"“" {c.quote.clone()} "”"</div>
                                            {notes.into_iter().map(|n| view! { <div class="note">"Note: " {n}</div> }).collect_view()}
                                        </td>
                                        <td><Range c=c.clone() max=max /></td>
                                        <td>{word(&c.population)}{c.sides.map(|_| " (both sides)")}</td>
                                        <td><span class=format!("badge {}", word(&c.level))>{word(&c.level)}</span></td>
                                        <td>
                                            <span class="article-ref">{art}</span>
                                            {c.source.clone().map(|s| view! { <div class="credited">"according to " {s}</div> })}
                                            <div class=carried_class data-sources=car.independent() data-copies=car.copies()>{car.label()}</div>
                                            {(!others.is_empty()).then(|| view! {
                                                <ul class="carriers" aria-label="Also in">
                                                    {others.into_iter().map(|(a, text, full_title)| view! { <li data-article=a title=full_title>"also in " {text}</li> }).collect_view()}
                                                </ul>
                                            })}
                                        </td>
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
