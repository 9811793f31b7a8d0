//! Sources: the articles with title, outlet, date (inferred dates marked) and independent
//! source, each opening the reader, and the number of records each carries under the current
//! filters; then the independent sources — which articles are one source, and for each link
//! between two of them its kind (copy, rewrite, translation) and score, with a button that shows
//! the evidence the two share side by side: each shared sentence, name, figure or quotation
//! with the sentence of each article that holds it (as it is, highlighted, or the closest one).
//! The articles table, the sources and the notes show a page at a time (`pager`).

use crate::app::{use_ctx, use_shown};
use crate::components::keyed::{keyed, Row};
use crate::components::pager::{Pager, Paging, SHORT};
use crosscheck_core::*;
use crosscheck_web::format::word;
use crosscheck_web::provenance::{self, Found};
use leptos::prelude::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// A short label for an article: its title, else outlet and id ([`crate::format::article_label`]).
pub fn label(a: &Article) -> String {
    crate::format::article_label(a)
}

/// A button that opens an article in the reader.
#[component]
fn OpenArticle(id: String, text: String) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <button class="linkish" on:click=move |_| {
            let mut v = ctx.view.get_untracked();
            v.open = Some(id.clone());
            v.sel = None;
            ctx.set_view(v, true);
        }>{text}</button>
    }
}

/// One article's sentence for a shared item: the item highlighted where it stands as it is.
fn side(found: &Found, sentences: &[String]) -> AnyView {
    match found {
        Found::Verbatim {
            sentence,
            start,
            end,
        } => {
            let s = sentences.get(*sentence).cloned().unwrap_or_default();
            let (a, m, b) = (
                s.get(..*start).unwrap_or_default().to_string(),
                s.get(*start..*end).unwrap_or_default().to_string(),
                s.get(*end..).unwrap_or_default().to_string(),
            );
            view! { <blockquote class="found verbatim">{a}<mark class="shared-hl">{m}</mark>{b}</blockquote> }.into_any()
        }
        Found::Close { sentence } => {
            let s = sentences.get(*sentence).cloned().unwrap_or_default();
            view! { <blockquote class="found close"><span class="how">"closest sentence: "</span>{s}</blockquote> }.into_any()
        }
        Found::Absent => {
            view! { <p class="found absent">"no sentence of this article holds it"</p> }.into_any()
        }
    }
}

/// The sentences of a link's two articles, as the worker gave them, or why not.
type Sentences = Result<(Vec<String>, Vec<String>), String>;

/// A link between two articles of one source, and on demand the evidence they share.
#[component]
fn Link(link: SourceLink, from: String, to: String, region: String) -> impl IntoView {
    let ctx = use_ctx();
    let open = RwSignal::new(false);
    let region2 = region.clone();
    let what = match link.kind {
        LinkKind::Copy => "a copy of",
        LinkKind::Rewrite => "a rewrite of",
        LinkKind::Translation => "a translation of",
    };
    let (from2, to2) = (from.clone(), to.clone());
    let l2 = link.clone();
    // the sentences of the two articles come from the worker (the page's wasm links no
    // sentence splitter), once, on the first opening
    let sents: RwSignal<Option<Sentences>> = RwSignal::new(None);
    let asked = StoredValue::new(false);
    let (from_id, to_id) = (link.from.clone(), link.to.clone());
    Effect::new(move |_| {
        if !open.get() || asked.get_value() {
            return;
        }
        asked.set_value(true);
        let inputs = ctx.inputs.get_untracked();
        let pick = |id: &str| inputs.iter().find(|a| a.id == id).cloned();
        let (a, b) = (pick(&from_id), pick(&to_id));
        let asked_for: Vec<_> = a.iter().chain(b.iter()).cloned().collect();
        let (has_a, has_b) = (a.is_some(), b.is_some());
        crate::engine::sentences(
            &asked_for,
            Box::new(move |got| {
                let got = got.map(|mut v| {
                    let sb = if has_b {
                        v.pop().unwrap_or_default()
                    } else {
                        Vec::new()
                    };
                    let sa = if has_a {
                        v.pop().unwrap_or_default()
                    } else {
                        Vec::new()
                    };
                    (sa, sb)
                });
                sents.set(Some(got));
            }),
        );
    });
    let evidence = move || {
        open.get().then(|| {
            let (sa, sb) = match sents.get() {
                None => {
                    return view! { <p class="evidence-wait" role="status">"Finding the shared evidence…"</p> }.into_any()
                }
                Some(Err(why)) => {
                    return view! { <p class="evidence-wait" role="status">{format!("The shared evidence could not be found: {why}.")}</p> }.into_any()
                }
                Some(Ok(s)) => s,
            };
            let (fa, fb) = (from2.clone(), to2.clone());
            view! {
                <div class="evidence" id=region2.clone() role="region" aria-label=format!("What {fa} and {fb} share")>
                    {l2.shared.iter().map(|item| {
                        let (a, b) = (provenance::find(item, &sa), provenance::find(item, &sb));
                        view! {
                            <div class="pair">
                                <p class="item"><span class="how">"shared: "</span>{item.clone()}</p>
                                <div class="sides">
                                    <div class="side" data-article=l2.from.clone()><p class="side-h">{fa.clone()}</p>{side(&a, &sa)}</div>
                                    <div class="side" data-article=l2.to.clone()><p class="side-h">{fb.clone()}</p>{side(&b, &sb)}</div>
                                </div>
                            </div>
                        }
                    }).collect_view()}
                </div>
            }.into_any()
        })
    };
    view! {
        <li class="link" data-from=link.from.clone() data-to=link.to.clone() data-kind=word(&link.kind)>
            <p>
                {from.clone()} " is " <strong>{what}</strong> " " {to.clone()}
                <span class="score">{format!(" — score {}", crosscheck_web::format::score(link.score))}</span>
            </p>
            <button class="show-shared" aria-expanded=move || open.get().to_string() aria-controls=region
                on:click=move |_| open.update(|o| *o = !*o)>
                {move || if open.get() { "Hide shared evidence" } else { "Show shared evidence" }}
                {format!(" ({})", link.shared.len())}
            </button>
            {evidence}
        </li>
    }
}

/// How many records of the filtered Report each article carries.
fn records_per_article(r: &Report) -> HashMap<String, usize> {
    let mut n: HashMap<&str, usize> = HashMap::new();
    let arts = r
        .casualties
        .iter()
        .map(|c| &c.evidence.article)
        .chain(r.stances.iter().map(|s| &s.evidence.article))
        .chain(
            r.truces
                .iter()
                .flat_map(|t| &t.mentions)
                .map(|m| &m.evidence.article),
        );
    for a in arts {
        *n.entry(a.as_str()).or_default() += 1;
    }
    n.into_iter().map(|(a, k)| (a.to_string(), k)).collect()
}

/// One article's row: title (opening it), outlet, date, source and records under the filters.
fn article_row(a: Article, group: String, n: usize) -> impl IntoView {
    let date = match (&a.date, a.date_inferred) {
        (Some(d), false) => view! { <span>{d.clone()}</span> }.into_any(),
        (Some(d), true) => view! { <span title="inferred from other articles reporting the same events">{d.clone()} " " <em>"(inferred)"</em></span> }.into_any(),
        (None, _) => view! { <span class="unknown">"unknown"</span> }.into_any(),
    };
    view! {
        <tr data-article=a.id.clone()>
            <td><OpenArticle id=a.id.clone() text=label(&a) /> " " <span class="article-ref id">{a.id.clone()}</span></td>
            <td>{a.outlet.clone().unwrap_or_else(|| "—".into())}</td>
            <td>{date}</td>
            <td class="group">{group}</td>
            <td>{n}</td>
        </tr>
    }
}

/// One independent source: its articles and the links between them, each a short page at a
/// time (a source can be most of a bundle).
fn source_group(g: SourceGroup, titles: Arc<HashMap<String, String>>) -> impl IntoView {
    let title_of = move |id: &str| titles.get(id).cloned().unwrap_or_else(|| id.to_string());
    let n = g.articles.len();
    let heading = format!("{} — {n} report{}", g.id, if n == 1 { "" } else { "s" });
    let n_links = g.links.len();
    let (members_paging, links_paging) = (Paging::with(SHORT), Paging::with(SHORT));
    let members = {
        let (articles, title_of) = (g.articles.clone(), title_of.clone());
        move || {
            articles
                .iter()
                .take(members_paging.limit())
                .map(|a| (a.clone(), title_of(a)))
                .collect::<Vec<_>>()
        }
    };
    let links = {
        // an element id from the group's id ("S1") and the link's place, never an article id
        let stem: String = g.id.chars().filter(char::is_ascii_alphanumeric).collect();
        let links = g.links.clone();
        move || {
            links
                .iter()
                .take(links_paging.limit())
                .enumerate()
                .map(|(i, l)| {
                    (
                        format!("shared-{stem}-{i}"),
                        l.clone(),
                        title_of(&l.from),
                        title_of(&l.to),
                    )
                })
                .collect::<Vec<_>>()
        }
    };
    view! {
        <li class="source-group" data-group=g.id.clone()>
            <h4>{heading}</h4>
            <ul class="members">
                {keyed(move || members().into_iter().map(|(a, t)| Row::new(a.clone(), move || view! { <li data-article=a.clone()><OpenArticle id=a.clone() text=t /></li> })).collect())}
            </ul>
            <Pager paging=members_paging total=Signal::stored(n) what="articles" />
            {(n_links > 0).then(|| view! {
                <ul class="links">
                    {keyed(move || links().into_iter().map(|(region, l, from, to)| Row::new(region.clone(), move || view! { <Link link=l from=from to=to region=region /> })).collect())}
                </ul>
                <Pager paging=links_paging total=Signal::stored(n_links) what="links" />
            })}
        </li>
    }
}

/// A key for a source group as the filters leave it: its id and its members shown.
fn group_key(g: &SourceGroup) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    g.articles.hash(&mut h);
    g.links.len().hash(&mut h);
    format!("{}|{:x}", g.id, h.finish())
}

#[component]
pub fn SourcesPanel(full: Arc<Report>) -> impl IntoView {
    let shown = use_shown();
    let report = move || {
        shown
            .filtered
            .get()
            .unwrap_or_else(|| Arc::new(Report::default()))
    };
    // the articles' titles and sources, from the full Report (the first article of an id, as a
    // search from the start finds it)
    let titles: Arc<HashMap<String, String>> = Arc::new(
        full.articles
            .iter()
            .rev()
            .map(|a| (a.id.clone(), label(a)))
            .collect(),
    );
    let index = provenance::SourceIndex::new(&full);
    let groups: HashMap<String, String> = full
        .articles
        .iter()
        .map(|a| (a.id.clone(), index.of(&a.id).to_string()))
        .collect();
    let counts = Memo::new(move |_| {
        shown
            .filtered
            .with(|r| r.as_ref().map(|r| Arc::new(records_per_article(r))))
            .unwrap_or_default()
    });
    let rows_paging = Paging::new();
    let rows = move || {
        let limit = rows_paging.limit();
        let n = counts.get();
        shown.filtered.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.articles
                        .iter()
                        .take(limit)
                        .map(|a| {
                            let k = n.get(&a.id).copied().unwrap_or(0);
                            (a.clone(), k)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let n_articles = Memo::new(move |_| {
        shown
            .filtered
            .with(|r| r.as_ref().map_or(0, |r| r.articles.len()))
    });
    let groups_paging = Paging::new();
    let shown_groups = move || {
        let limit = groups_paging.limit();
        shown.filtered.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.sources
                        .iter()
                        .take(limit)
                        .map(|g| (group_key(g), g.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let n_groups = Memo::new(move |_| {
        shown
            .filtered
            .with(|r| r.as_ref().map_or(0, |r| r.sources.len()))
    });
    let diag_paging = Paging::new();
    let diagnostics = move || {
        let limit = diag_paging.limit();
        shown.filtered.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.diagnostics
                        .iter()
                        .take(limit)
                        .cloned()
                        .enumerate()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let n_diagnostics = Memo::new(move |_| {
        shown
            .filtered
            .with(|r| r.as_ref().map_or(0, |r| r.diagnostics.len()))
    });
    let sources_legend = move || crosscheck_core::export::reports_and_sources(&report());
    view! {
        <section class="panel sources" aria-labelledby="src-h">
            <h2 id="src-h">"Sources"</h2>
            <table class="articles">
                <thead><tr><th scope="col">"Article"</th><th scope="col">"Outlet"</th><th scope="col">"Date"</th><th scope="col">"Source"</th><th scope="col">"Records"</th></tr></thead>
                <tbody>
                    {keyed(move || rows().into_iter().map(|(a, n)| {
                        let group = groups.get(&a.id).cloned().unwrap_or_else(|| a.id.clone());
                        Row::new(format!("{}|{n}", a.id), move || article_row(a, group, n))
                    }).collect())}
                </tbody>
            </table>
            <Pager paging=rows_paging total=n_articles what="articles" />
            <h3 id="groups-h">"Independent sources"</h3>
            <p class="legend">
                {sources_legend}
                ". Articles that copy, rewrite or translate one another are one source; each link says which derives from which (a guess at the direction) and how strong the evidence is (0 to 1)."
            </p>
            <ul class="source-groups" aria-labelledby="groups-h">
                {keyed(move || shown_groups().into_iter().map(|(k, g)| {
                    let titles = titles.clone();
                    Row::new(k, move || source_group(g, titles))
                }).collect())}
            </ul>
            <Pager paging=groups_paging total=n_groups what="sources" />
            {move || (n_diagnostics.get() > 0).then(|| view! {
                <h3>"What the reader should know"</h3>
                <ul class="diagnostics">
                    {keyed(move || diagnostics().into_iter().map(|(i, d)| Row::new(format!("{i}|{}|{}", d.article.as_deref().unwrap_or_default(), d.message), move || view! {
                        <li class=format!("diag {}", crosscheck_core::report::word(&d.level)) data-article=d.article.clone().unwrap_or_default()>
                            <strong>{d.article.clone().unwrap_or_else(|| "bundle".into())}</strong> ": " {d.message.clone()}
                        </li>
                    })).collect())}
                </ul>
                <Pager paging=diag_paging total=n_diagnostics what="notes" />
            })}
        </section>
    }
}
