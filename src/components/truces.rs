//! Truce attempts: a timeline of consolidated attempts, each expanding to its mentions.
//!
//! Dated attempts in date order, undated ones in text order with a "date unknown" mark; each
//! shows venue, brokers and outcome in words, and its mentions in every article with the claim
//! each makes, so that sources that disagree are seen disagreeing. Attempts, and the mentions of
//! one attempt, show a page at a time (`pager`).

use crate::app::{use_ctx, use_shown};
use crate::components::filters::Empty;
use crate::components::keyed::{keyed, Row};
use crate::components::pager::{Pager, Paging, SHORT};
use crosscheck_core::*;
use crosscheck_web::format::word;
use crosscheck_web::state::mention_id;
use leptos::prelude::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// Words for how mentions of one attempt disagree, e.g. "1 report calls it the 4th attempt;
/// 3 say it failed".
pub fn disagreement(t: &Truce) -> Option<String> {
    // only the claims sentences assert: a mention that names the attempt without an outcome
    // does not disagree with one that reports it
    let mut by: std::collections::BTreeMap<Claim, std::collections::BTreeSet<&str>> =
        Default::default();
    for m in &t.mentions {
        if let Some(c) = m.claim {
            by.entry(c).or_default().insert(m.evidence.article.as_str());
        }
    }
    let ordinals: Vec<(u32, &str)> = crosscheck_core::order::sorted_unique(
        t.mentions
            .iter()
            .filter_map(|m| m.ordinal.map(|o| (o, m.evidence.article.as_str()))),
    );
    let mut parts: Vec<String> = Vec::new();
    for (o, _) in ordinals.iter().take(1) {
        let n = ordinals.iter().filter(|(x, _)| x == o).count();
        parts.push(format!(
            "{n} report{} call{} it attempt no. {o}",
            if n == 1 { "" } else { "s" },
            if n == 1 { "s" } else { "" }
        ));
    }
    if by.len() > 1 {
        for (claim, arts) in &by {
            parts.push(format!(
                "{} report{} say {}",
                arts.len(),
                if arts.len() == 1 { "" } else { "s" },
                word(claim)
            ));
        }
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// A key for an attempt as the filters leave it: its id and which of its mentions show, so that
/// the row is drawn anew when a filter changes its mentions, and kept when it does not.
fn key(t: &Truce) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for m in &t.mentions {
        m.evidence.hash(&mut h);
    }
    format!("{}|{}|{:x}", t.id, t.mentions.len(), h.finish())
}

/// One attempt: its date, what, outcome and counts; on opening, its facts and its mentions (a
/// page at a time), each opening its sentence.
fn attempt(t: Truce, full: &Report, names: &HashMap<String, String>) -> impl IntoView {
    let ctx = use_ctx();
    let name = |id: &String| names.get(id).cloned().unwrap_or_else(|| id.clone());
    let list = |ids: &[String]| {
        if ids.is_empty() {
            "not stated".to_string()
        } else {
            ids.iter().map(name).collect::<Vec<_>>().join(", ")
        }
    };
    let (brokers, parties) = (list(&t.brokers), list(&t.parties));
    let date = match (&t.date, t.date_inferred) {
        (Some(d), false) => d.clone(),
        (Some(d), true) => format!("{d} (inferred)"),
        (None, _) => "date unknown".into(),
    };
    let dis = disagreement(&t);
    // a mention is selected by its index in the Report the reader shows (the full one)
    let place: HashMap<&Evidence, usize> = full
        .truces
        .iter()
        .find(|x| x.id == t.id)
        .map(|x| {
            let mut m = HashMap::new();
            for (k, mention) in x.mentions.iter().enumerate() {
                m.entry(&mention.evidence).or_insert(k);
            }
            m
        })
        .unwrap_or_default();
    let mentions: Vec<(String, TruceMention)> = t
        .mentions
        .iter()
        .map(|m| {
            let id = place
                .get(&m.evidence)
                .map_or_else(|| t.id.clone(), |&k| mention_id(&t.id, k));
            (id, m.clone())
        })
        .collect();
    let n = mentions.len();
    let mentions = Arc::new(mentions);
    let paging = Paging::with(SHORT);
    let shown = {
        let mentions = mentions.clone();
        move || {
            mentions
                .iter()
                .take(paging.limit())
                .cloned()
                .enumerate()
                .collect::<Vec<_>>()
        }
    };
    view! {
        <li class=format!("attempt {}", word(&t.scope)) data-id=t.id.clone()>
            <details open=n <= 3>
                <summary>
                    <span class=if t.date.is_some() { "date" } else { "date unknown" }>{date}</span>
                    " " <strong>{t.what.clone()}</strong>
                    " " {match t.outcome {
                        Some(o) => view! { <span class=format!("badge outcome {}", word(&o))>{word(&o)}</span> }.into_any(),
                        None => view! { <span class="badge outcome none">"no outcome reported"</span> }.into_any(),
                    }}
                    {t.count.map(|c| view! { <span class="count">{format!(" · {c} attempts counted")}</span> })}
                    <span class="mentions-n">{format!(" · {n} mention{}", if n == 1 { "" } else { "s" })}</span>
                </summary>
                <dl class="facts">
                    <dt>"Venue"</dt><dd>{t.venue.clone().unwrap_or_else(|| "not stated".into())}</dd>
                    <dt>"Brokers"</dt><dd>{brokers}</dd>
                    <dt>"Parties"</dt><dd>{parties}</dd>
                    <dt>"Scope"</dt><dd>{word(&t.scope)}</dd>
                </dl>
                {dis.map(|d| view! { <p class="disagree">"Sources differ: " {d}</p> })}
                <ul class="mentions">
                    {keyed(move || shown().into_iter().map(|(k, (id, m))| Row::new(k.to_string(), move || {
                        let art_id = m.evidence.article.clone();
                        let id2 = id.clone();
                        view! {
                            <li class="mention" class:selected=move || ctx.sel.with(|s| s.as_deref() == Some(id2.as_str())) data-article=m.evidence.article.clone()>
                                {match m.claim {
                                    Some(c) => view! { <span class=format!("badge claim {}", word(&c))>{word(&c)}</span> }.into_any(),
                                    None => view! { <span class="badge claim none" title="the sentence names the attempt without reporting an outcome">"mentioned"</span> }.into_any(),
                                }}
                                " "
                                <button class="linkish" on:click=move |_| ctx.select(&art_id, &id)>{m.quote.clone()}</button>
                                <span class="article-ref">{format!(" — {}", m.evidence.article)}</span>
                            </li>
                        }
                    })).collect())}
                </ul>
                <Pager paging=paging total=Signal::stored(n) what="mentions" />
            </details>
        </li>
    }
}

#[component]
pub fn TrucePanel(full: Arc<Report>) -> impl IntoView {
    let shown = use_shown();
    let names: Arc<HashMap<String, String>> = Arc::new(
        full.actors
            .iter()
            .rev()
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect(),
    );
    let paging = Paging::new();
    let attempts = move || {
        let limit = paging.limit();
        shown.filtered.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.truces
                        .iter()
                        .take(limit)
                        .map(|t| (key(t), t.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let total = Memo::new(move |_| {
        shown
            .filtered
            .with(|r| r.as_ref().map_or(0, |r| r.truces.len()))
    });
    view! {
        <section class="panel truces" aria-labelledby="tru-h">
            <h2 id="tru-h">"Truce attempts"</h2>
            {move || (total.get() == 0).then(|| view! { <Empty what="truce attempts" /> })}
            <ol class="timeline">
                {keyed(move || attempts().into_iter().map(|(k, t)| {
                    let (full, names) = (full.clone(), names.clone());
                    Row::new(k, move || attempt(t, &full, &names))
                }).collect())}
            </ol>
            <Pager paging=paging total=total what="attempts" />
        </section>
    }
}
