//! Actor stances: a matrix of actors (rows) by target (columns), and the list of statements.
//!
//! Each cell shows the kinds of stance with a symbol and a count of reports (colour is never the
//! only carrier); actors appear under their canonical names with the forms the articles use on
//! hover and focus; every statement opens its sentence. The statements show a page at a time
//! (`pager`), keyed by record id.

use crate::app::{use_ctx, use_shown};
use crate::components::filters::Empty;
use crate::components::keyed::{keyed, Row};
use crate::components::pager::{Pager, Paging};
use crosscheck_core::*;
use crosscheck_web::format::{stance_label, stance_symbol, word};
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// The matrix of who takes which stance toward whom, from the filtered Report.
fn matrix(report: &Report, names: &HashMap<String, Actor>) -> AnyView {
    let name = |id: &str| {
        names
            .get(id)
            .map_or_else(|| id.to_string(), |a| a.name.clone())
    };
    let rows: Vec<String> =
        crosscheck_core::order::sorted_unique(report.stances.iter().map(|s| s.actor.clone()));
    let mut cols: Vec<String> = crosscheck_core::order::sorted_unique(
        report.stances.iter().filter_map(|s| s.target.clone()),
    );
    cols.push(String::new()); // no target
                              // cell → type → articles
    let mut cells: BTreeMap<(String, String), BTreeMap<StanceType, BTreeSet<String>>> =
        BTreeMap::new();
    for s in &report.stances {
        cells
            .entry((s.actor.clone(), s.target.clone().unwrap_or_default()))
            .or_default()
            .entry(s.kind)
            .or_default()
            .insert(s.evidence.article.clone());
    }
    let col_names: Vec<String> = cols
        .iter()
        .map(|c| {
            if c.is_empty() {
                "(no target)".to_string()
            } else {
                name(c)
            }
        })
        .collect();
    view! {
        <div class="matrix-wrap" class:hidden=report.stances.is_empty()>
        <table class="matrix">
            <caption>"Who takes which stance toward whom; the number is how many articles report it."</caption>
            <thead><tr><th scope="col">"Actor \\ target"</th>{col_names.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view()}</tr></thead>
            <tbody>
                {rows.iter().map(|r| {
                    let aliases = names.get(r).map(|a| a.aliases.join(", ")).unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row"><span class="actor" tabindex="0" title=format!("Also written: {aliases}")>{name(r)}</span></th>
                            {cols.iter().map(|c| {
                                let cell = cells.get(&(r.clone(), c.clone())).cloned().unwrap_or_default();
                                let class = cell.keys().next().map(|k| format!("cell {}", word(k))).unwrap_or_default();
                                view! {
                                    <td class=class>
                                        {cell.into_iter().map(|(k, arts)| view! {
                                            <span class=format!("st {}", word(&k)) title=stance_label(k)>
                                                {format!("{} {} ×{}", stance_symbol(k), stance_label(k), arts.len())}
                                            </span>
                                        }).collect_view()}
                                    </td>
                                }
                            }).collect_view()}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
    .into_any()
}

/// One statement: its stance, who toward whom, and its quotation opening its sentence.
fn statement(s: Stance, names: &HashMap<String, Actor>) -> impl IntoView {
    let ctx = use_ctx();
    let name = |id: &str| {
        names
            .get(id)
            .map_or_else(|| id.to_string(), |a| a.name.clone())
    };
    let (art_id, id) = (s.evidence.article.clone(), s.id.clone());
    let id2 = s.id.clone();
    let who = match &s.speaker {
        Some(sp) => format!("{} ({})", name(&s.actor), sp),
        None => name(&s.actor),
    };
    let target = s
        .target
        .as_ref()
        .map(|t| format!(" → {}", name(t)))
        .unwrap_or_default();
    view! {
        <li class="statement" class:selected=move || ctx.sel.with(|x| x.as_deref() == Some(id2.as_str())) data-id=s.id.clone() data-article=s.evidence.article.clone()>
            <span class=format!("st {}", word(&s.kind))>{stance_symbol(s.kind)} " " {stance_label(s.kind)}</span>
            " " <strong>{who}</strong> {target} ": "
            <button class="linkish" on:click=move |_| ctx.select(&art_id, &id)>"“" {s.quote.clone()} "”"</button>
            <span class="article-ref">{format!(" — {}", s.evidence.article)}</span>
        </li>
    }
}

#[component]
pub fn StancePanel(full: Arc<Report>) -> impl IntoView {
    let shown = use_shown();
    // actors by id (the first of an id, as a search from the start finds it)
    let names: Arc<HashMap<String, Actor>> = Arc::new(
        full.actors
            .iter()
            .rev()
            .map(|a| (a.id.clone(), a.clone()))
            .collect(),
    );
    let names2 = names.clone();
    let paging = Paging::new();
    let statements = move || {
        let limit = paging.limit();
        shown.filtered.with(|r| {
            r.as_ref()
                .map(|r| r.stances.iter().take(limit).cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let total = Memo::new(move |_| {
        shown
            .filtered
            .with(|r| r.as_ref().map_or(0, |r| r.stances.len()))
    });
    view! {
        <section class="panel stances" aria-labelledby="st-h">
            <h2 id="st-h">"Actor stances"</h2>
            {move || (total.get() == 0).then(|| view! { <Empty what="stances" /> })}
            {move || shown.filtered.with(|r| r.as_ref().map(|r| matrix(r, &names2)))}
            <h3>"Statements"</h3>
            <ul class="statements">
                {keyed(move || statements().into_iter().map(|s| {
                    let names = names.clone();
                    Row::new(s.id.clone(), move || statement(s, &names))
                }).collect())}
            </ul>
            <Pager paging=paging total=total what="statements" />
        </section>
    }
}
