//! Sources: the articles (title, outlet, date — inferred dates marked) and a reader that shows
//! one article with every extracted span highlighted by category, scrolled to the selected
//! sentence.

use crate::app::{use_ctx, Selection};
use crosscheck_core::*;
use leptos::prelude::*;
use std::sync::Arc;

/// A short label for an article: its title, else outlet and id.
pub fn label(a: &Article) -> String {
    match (&a.title, &a.outlet) {
        (Some(t), _) => t.clone(),
        (None, Some(o)) => format!("{o} ({})", &a.id[..a.id.len().min(3)]),
        (None, None) => format!("Article {}", a.id),
    }
}

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
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let mut cats: Vec<Cat> = spans.iter().filter(|&&(s, e, _)| s <= w[0] && w[1] <= e).map(|&(_, _, c)| c).collect();
            cats.sort();
            cats.dedup();
            (w[0], w[1], cats)
        })
        .collect()
}

#[component]
pub fn SourcesPanel(report: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    let inputs = ctx.inputs.get_value();
    let rep = report.clone();
    let reader = move || {
        let sel = ctx.selection.get()?;
        let input = inputs.iter().find(|a| a.id == sel.article)?.clone();
        let mut spans: Vec<(usize, usize, Cat)> = Vec::new();
        for c in rep.casualties.iter().filter(|c| c.evidence.article == sel.article) {
            spans.push((c.evidence.start, c.evidence.end, Cat::Casualty));
        }
        for t in &rep.truces {
            for m in t.mentions.iter().filter(|m| m.evidence.article == sel.article) {
                spans.push((m.evidence.start, m.evidence.end, Cat::Truce));
            }
        }
        for s in rep.stances.iter().filter(|s| s.evidence.article == sel.article) {
            spans.push((s.evidence.start, s.evidence.end, Cat::Stance));
        }
        let text = input.text.clone();
        let label = rep.articles.iter().find(|a| a.id == sel.article).map(label).unwrap_or_default();
        let parts = pieces(&text, &spans);
        let aria = format!("Article: {label}");
        Some(view! {
            <article class="reader" aria-label=aria>
                <header>
                    <h3>{label}</h3>
                    <button class="close" on:click=move |_| ctx.selection.set(None)>"Close"</button>
                </header>
                <p class="legend">
                    <mark class="hl casualty">"casualty figure"</mark> " "
                    <mark class="hl truce">"truce mention"</mark> " "
                    <mark class="hl stance">"stance"</mark>
                </p>
                <div class="text">
                    {parts.into_iter().map(|(s, e, cats)| {
                        let piece = text[s..e].to_string();
                        let selected = sel.span.is_some_and(|(a, b)| a <= s && e <= b && a < b);
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
        })
    };
    // scroll the selected sentence into view after it renders
    Effect::new(move |_| {
        if ctx.selection.get().is_some() {
            gloo::timers::callback::Timeout::new(0, || {
                if let Some(el) = gloo::utils::document().query_selector(".reader mark.selected").ok().flatten() {
                    el.scroll_into_view();
                } else if let Some(el) = gloo::utils::document().query_selector(".reader").ok().flatten() {
                    el.scroll_into_view();
                }
            })
            .forget();
        }
    });
    view! {
        <section class="panel sources" aria-labelledby="src-h">
            <h2 id="src-h">"Sources"</h2>
            <table class="articles">
                <thead><tr><th scope="col">"Article"</th><th scope="col">"Outlet"</th><th scope="col">"Date"</th><th scope="col">"Records"</th></tr></thead>
                <tbody>
                    {report.articles.iter().map(|a| {
                        let id = a.id.clone();
                        let n = report.casualties.iter().filter(|c| c.evidence.article == a.id).count()
                            + report.stances.iter().filter(|s| s.evidence.article == a.id).count()
                            + report.truces.iter().flat_map(|t| &t.mentions).filter(|m| m.evidence.article == a.id).count();
                        let date = match (&a.date, a.date_inferred) {
                            (Some(d), false) => d.clone(),
                            (Some(d), true) => format!("{d} (inferred)"),
                            (None, _) => "unknown".into(),
                        };
                        view! {
                            <tr>
                                <td><button class="linkish" on:click=move |_| ctx.selection.set(Some(Selection { article: id.clone(), span: None }))>{label(a)}</button></td>
                                <td>{a.outlet.clone().unwrap_or_else(|| "—".into())}</td>
                                <td>{date}</td>
                                <td>{n}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {reader}
        </section>
    }
}
