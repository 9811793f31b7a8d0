//! Casualty figures: every claim as a range on one shared axis, grouped by scope and kind.
//!
//! An exact figure is a tick, "more than 1,200" an open-ended bar, "thousands" a band; a hedged
//! or disputed figure is drawn hollow (a ring, a dashed bar, an outlined band), with a legend.
//! Current fighting comes first and an earlier war apart. Each row names its article and
//! credited source, says in words its attribution (stated, attributed, hedged, disputed) and
//! toll or incident, shows its notes, how many independent sources among the articles shown
//! carry the same figure and which other articles repeat it (a copy of the same source is named
//! as such and not counted again: `crosscheck_web::provenance`; the first five named, the rest
//! on demand), and opens its sentence on click. Each table shows a page of rows at a time
//! (`pager`), keyed by record id, so a filter change adds and removes rows.

use crate::app::{use_ctx, use_shown};
use crate::components::filters::Empty;
use crate::components::keyed::{keyed, Row};
use crate::components::pager::{Pager, Paging};
use crosscheck_core::*;
use crosscheck_web::format::{count, hollow, short, word};
use crosscheck_web::provenance::{carriers, link_between, Carriers, FigureKey};
use leptos::prelude::*;
use std::collections::{BTreeMap, HashMap};
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

/// The filtered figures by scope and kind, as places in the filtered Report, and the top of the
/// shared axis. A new filtered Report is a new value: no record-by-record comparison.
#[derive(Clone)]
struct Groups {
    r: Arc<Report>,
    groups: Vec<((Scope, CasualtyKind), Vec<usize>)>,
    max: u64,
}

impl PartialEq for Groups {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.r, &other.r)
    }
}

impl Groups {
    fn of(r: Arc<Report>) -> Self {
        let max = r
            .casualties
            .iter()
            .filter_map(|c| c.count.high.or(c.count.low))
            .max()
            .unwrap_or(10);
        let mut groups: Vec<((Scope, CasualtyKind), Vec<usize>)> = Vec::new();
        for (i, c) in r.casualties.iter().enumerate() {
            let key = (c.scope, c.kind);
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => v.push(i),
                None => groups.push((key, vec![i])),
            }
        }
        crosscheck_core::order::sort_by_key(&mut groups, |(k, _)| *k);
        Groups { r, groups, max }
    }

    fn rows(&self, key: (Scope, CasualtyKind)) -> &[usize] {
        self.groups
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(&[], |(_, v)| v.as_slice())
    }
}

/// What every row reads besides its figure: the articles' titles, the full Report (for the
/// links between articles) and which sources carry each figure.
#[derive(Clone)]
struct Shared {
    full: Arc<Report>,
    titles: Arc<HashMap<String, String>>,
    carried: Memo<Arc<BTreeMap<FigureKey, Carriers>>>,
}

impl Shared {
    fn title(&self, a: &str) -> String {
        self.titles.get(a).cloned().unwrap_or_else(|| a.to_string())
    }
}

/// How many of the other articles carrying a figure its row names before "and in n more".
const ALSO: usize = 5;

/// "also in" an article: (its id, its short title and how it relates, its full title).
fn also((a, text, full_title): (String, String, String)) -> impl IntoView {
    view! { <li data-article=a title=full_title>"also in " {text}</li> }
}

/// One figure's row: its claim (opening its sentence), range, population, level and source.
fn row(c: Casualty, max: u64, sh: &Shared) -> impl IntoView {
    let ctx = use_ctx();
    let (art_id, id) = (c.evidence.article.clone(), c.id.clone());
    let id2 = c.id.clone();
    let art = sh.title(&c.evidence.article);
    let notes = c.notes.clone();
    let attr = word(&c.attribution);
    let car = sh
        .carried
        .with_untracked(|m| m.get(&FigureKey::of(&c)).cloned())
        .unwrap_or_default();
    // the other articles carrying it: (article, its group, the same source as this row's)
    let mut others: Vec<(String, String, bool)> = car
        .others(&c.evidence.article)
        .into_iter()
        .map(|o| (o.article.to_string(), o.group.to_string(), o.same_source))
        .collect();
    // the first few others show; the rest, described only on demand (a figure many outlets
    // repeat can be in hundreds of articles)
    let rest = others.split_off(others.len().min(ALSO));
    let n_rest = rest.len();
    let describe = {
        let (sh, article) = (sh.clone(), c.evidence.article.clone());
        move |(other, group, same_source): (String, String, bool)| {
            let how = if same_source {
                let kind = link_between(&sh.full, &article, &other)
                    .map_or("copy".to_string(), |l| word(&l.kind));
                format!("same source {group} ({kind})")
            } else {
                group
            };
            let t = sh.title(&other);
            let text = format!("{} — {how}", short(&t, 30));
            (other, text, t)
        }
    };
    let describe2 = describe.clone();
    let more = RwSignal::new(false);
    let carried_class = if car.independent() > 1 {
        "carried many"
    } else {
        "carried one"
    };
    view! {
        <tr class="claim" class:selected=move || ctx.sel.with(|s| s.as_deref() == Some(id2.as_str())) data-id=c.id.clone() data-article=c.evidence.article.clone() data-attribution=attr.clone()>
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
                        {others.into_iter().map(describe).map(also).collect_view()}
                        {move || more.get().then(|| rest.clone().into_iter().map(describe2.clone()).map(also).collect_view())}
                        {(n_rest > 0).then(|| view! {
                            <li class="more-carriers" class:hidden=move || more.get()>
                                <button type="button" class="linkish" on:click=move |_| more.set(true)>{format!("and in {n_rest} more")}</button>
                            </li>
                        })}
                    </ul>
                })}
            </td>
        </tr>
    }
}

/// One table: the figures of one scope and kind, a page at a time.
#[component]
fn GroupTable(group: (Scope, CasualtyKind), groups: Memo<Groups>, sh: Shared) -> impl IntoView {
    let (scope, kind) = group;
    let key = group;
    let heading = format!(
        "{} — {}",
        match scope {
            Scope::Current => "Current fighting",
            Scope::Historical => "Earlier war",
        },
        word(&kind)
    );
    let paging = Paging::new();
    // which sources carry a figure depends on the articles filter: a row is drawn anew when it
    // changes, or when the axis does
    let carried = sh.carried;
    let changes = Memo::new(move |n: Option<&u64>| {
        carried.track();
        n.map_or(0, |n| n + 1)
    });
    let rows = move || {
        let limit = paging.limit();
        let n = changes.get();
        groups.with(|g| {
            g.rows(key)
                .iter()
                .take(limit)
                .map(|&i| {
                    let c = &g.r.casualties[i];
                    (format!("{}|{}|{n}", c.id, g.max), c.clone(), g.max)
                })
                .collect::<Vec<_>>()
        })
    };
    let total = Signal::derive(move || groups.with(|g| g.rows(key).len()));
    view! {
        <h3>{heading}</h3>
        <table class="claims">
            <thead><tr><th scope="col">"Claim"</th><th scope="col">"Range"</th><th scope="col">"Who"</th><th scope="col">"Level"</th><th scope="col">"Source"</th></tr></thead>
            <tbody>
                {keyed(move || rows().into_iter().map(|(k, c, max)| {
                    let sh = sh.clone();
                    Row::new(k, move || row(c, max, &sh))
                }).collect())}
            </tbody>
        </table>
        <Pager paging=paging total=total what="figures" />
    }
}

#[component]
pub fn CasualtyPanel(full: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    let shown = use_shown();
    let titles: HashMap<String, String> = full
        .articles
        .iter()
        .rev()
        .map(|a| (a.id.clone(), crate::components::sources::label(a)))
        .collect();
    let full2 = full.clone();
    // which sources carry each figure: over the articles in view, whatever else is filtered
    let carried = Memo::new_with_compare(
        move |_| Arc::new(ctx.articles_filter.with(|a| carriers(&full2, a))),
        |old, new| !matches!((old, new), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
    );
    let sh = Shared {
        full,
        titles: Arc::new(titles),
        carried,
    };
    let groups = Memo::new(move |_| {
        Groups::of(
            shown
                .filtered
                .get()
                .unwrap_or_else(|| Arc::new(Report::default())),
        )
    });
    let keys =
        Memo::new(move |_| groups.with(|g| g.groups.iter().map(|(k, _)| *k).collect::<Vec<_>>()));
    let max = Memo::new(move |_| groups.with(|g| g.max));
    view! {
        <section class="panel casualties" aria-labelledby="cas-h">
            <h2 id="cas-h">"Casualty figures"</h2>
            {move || view! { <Legend max=max.get() /> }}
            {move || keys.with(Vec::is_empty).then(|| view! { <Empty what="figures" /> })}
            {keyed(move || keys.get().into_iter().map(|k| {
                let sh = sh.clone();
                Row::new(format!("{}|{}", word(&k.0), word(&k.1)), move || view! { <GroupTable group=k groups=groups sh=sh /> })
            }).collect())}
        </section>
    }
}
