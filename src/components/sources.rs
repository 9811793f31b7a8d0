//! Sources: the articles with title, outlet and date (inferred dates marked), each opening the
//! reader; the number of records each carries under the current filters.

use crate::app::use_ctx;
use crosscheck_core::*;
use leptos::prelude::*;
use std::sync::Arc;

/// A short label for an article: its title, else outlet and id ([`crate::format::article_label`]).
pub fn label(a: &Article) -> String {
    crate::format::article_label(a)
}

#[component]
pub fn SourcesPanel(report: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
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
                            (Some(d), false) => view! { <span>{d.clone()}</span> }.into_any(),
                            (Some(d), true) => view! { <span title="inferred from other articles reporting the same events">{d.clone()} " " <em>"(inferred)"</em></span> }.into_any(),
                            (None, _) => view! { <span class="unknown">"unknown"</span> }.into_any(),
                        };
                        view! {
                            <tr data-article=a.id.clone()>
                                <td><button class="linkish" on:click=move |_| {
                                    let mut v = ctx.view.get_untracked();
                                    v.open = Some(id.clone());
                                    v.sel = None;
                                    ctx.set_view(v, true);
                                }>{label(a)}</button> <span class="article-ref">{a.id.clone()}</span></td>
                                <td>{a.outlet.clone().unwrap_or_else(|| "—".into())}</td>
                                <td>{date}</td>
                                <td>{n}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {(!report.diagnostics.is_empty()).then(|| view! {
                <h3>"What the reader should know"</h3>
                <ul class="diagnostics">
                    {report.diagnostics.iter().map(|d| view! {
                        <li class=format!("diag {}", crosscheck_core::report::word(&d.level)) data-article=d.article.clone().unwrap_or_default()>
                            <strong>{d.article.clone().unwrap_or_else(|| "bundle".into())}</strong> ": " {d.message.clone()}
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
