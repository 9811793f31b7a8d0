//! Truce attempts: a timeline of consolidated attempts, each expanding to its mentions.
//!
//! Dated attempts in date order, undated ones in text order with a "date unknown" mark; each
//! shows venue, brokers and outcome in words, and its mentions in every article with the claim
//! each makes, so that sources that disagree are seen disagreeing.

use crate::app::use_ctx;
use crate::components::filters::Empty;
use crosscheck_core::*;
use crosscheck_web::format::word;
use crosscheck_web::state::mention_id_in;
use leptos::prelude::*;
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
    let ordinals: std::collections::BTreeSet<(u32, &str)> = t
        .mentions
        .iter()
        .filter_map(|m| m.ordinal.map(|o| (o, m.evidence.article.as_str())))
        .collect();
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

#[component]
pub fn TrucePanel(report: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    // a mention is selected by its index in the Report the reader shows (the full one)
    let full = ctx.report.get_untracked().unwrap_or_else(|| report.clone());
    let name = |id: &str| {
        report
            .actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    view! {
        <section class="panel truces" aria-labelledby="tru-h">
            <h2 id="tru-h">"Truce attempts"</h2>
            {report.truces.is_empty().then(|| view! { <Empty what="truce attempts" /> })}
            <ol class="timeline">
                {report.truces.iter().map(|t| {
                    let brokers = if t.brokers.is_empty() { "not stated".to_string() } else { t.brokers.iter().map(|b| name(b)).collect::<Vec<_>>().join(", ") };
                    let date = match (&t.date, t.date_inferred) {
                        (Some(d), false) => d.clone(),
                        (Some(d), true) => format!("{d} (inferred)"),
                        (None, _) => "date unknown".into(),
                    };
                    let dis = disagreement(t);
                    view! {
                        <li class=format!("attempt {}", word(&t.scope)) data-id=t.id.clone()>
                            <details open=t.mentions.len() <= 3>
                                <summary>
                                    <span class=if t.date.is_some() { "date" } else { "date unknown" }>{date}</span>
                                    " " <strong>{t.what.clone()}</strong>
                                    " " {match t.outcome {
                                        Some(o) => view! { <span class=format!("badge outcome {}", word(&o))>{word(&o)}</span> }.into_any(),
                                        None => view! { <span class="badge outcome none">"no outcome reported"</span> }.into_any(),
                                    }}
                                    {t.count.map(|c| view! { <span class="count">{format!(" · {c} attempts counted")}</span> })}
                                    <span class="mentions-n">{format!(" · {} mention{}", t.mentions.len(), if t.mentions.len() == 1 { "" } else { "s" })}</span>
                                </summary>
                                <dl class="facts">
                                    <dt>"Venue"</dt><dd>{t.venue.clone().unwrap_or_else(|| "not stated".into())}</dd>
                                    <dt>"Brokers"</dt><dd>{brokers}</dd>
                                    <dt>"Parties"</dt><dd>{if t.parties.is_empty() { "not stated".to_string() } else { t.parties.iter().map(|p| name(p)).collect::<Vec<_>>().join(", ") }}</dd>
                                    <dt>"Scope"</dt><dd>{word(&t.scope)}</dd>
                                </dl>
                                {dis.map(|d| view! { <p class="disagree">"Sources differ: " {d}</p> })}
                                <ul class="mentions">
                                    {t.mentions.iter().map(|m| {
                                        let (art_id, id) = (m.evidence.article.clone(), mention_id_in(&full, &t.id, &m.evidence));
                                        let id2 = id.clone();
                                        view! {
                                            <li class="mention" class:selected=move || ctx.view.get().sel.as_deref() == Some(id2.as_str()) data-article=m.evidence.article.clone()>
                                                {match m.claim {
                                                    Some(c) => view! { <span class=format!("badge claim {}", word(&c))>{word(&c)}</span> }.into_any(),
                                                    None => view! { <span class="badge claim none" title="the sentence names the attempt without reporting an outcome">"mentioned"</span> }.into_any(),
                                                }}
                                                " "
                                                <button class="linkish" on:click=move |_| ctx.select(&art_id, &id)>{m.quote.clone()}</button>
                                                <span class="article-ref">{format!(" — {}", m.evidence.article)}</span>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
