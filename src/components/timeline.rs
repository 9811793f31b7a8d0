//! Claims over time: each report's current death-toll claim against its article's date, on a
//! small inline SVG (date across, a log scale of the toll up; a range's top as a line up from
//! its point; claims of one date side by side; hedged or disputed ones hollow, as in the range
//! chart). A date the core inferred (from "Saturday", say) gets a dashed ring and is said so;
//! articles without a date are listed apart.
//! Clicking a point, or its row in the table equivalent, opens its sentence. The chart draws every
//! claim (a mark is kept while its claim stays where it was); the undated list and the table
//! show a page at a time (`pager`).

use crate::app::{use_ctx, use_shown};
use crate::components::keyed::{keyed, Row};
use crate::components::pager::{Pager, Paging};
use crosscheck_core::*;
use crosscheck_web::format::{count, hollow, short, thousands};
use leptos::prelude::*;
use std::sync::Arc;

const W: f64 = 600.0;
const H: f64 = 190.0;
const LEFT: f64 = 58.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;
/// How far apart claims of the same date are drawn.
const DODGE: f64 = 19.0;

/// Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (None if it is not one).
fn days(iso: &str) -> Option<i64> {
    let mut it = iso.get(..10)?.split('-');
    let (y, m, d): (i64, i64, i64) = (
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
    );
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // days from civil (H. Hinnant's algorithm)
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

/// One claim on the chart.
#[derive(Clone)]
struct Point {
    article: String,
    title: String,
    date: Option<(String, i64)>,
    inferred: bool,
    value: u64,
    c: Casualty,
}

fn points(r: &Report) -> Vec<Point> {
    // the articles by id (the first of an id, as a search from the start finds it)
    let arts: std::collections::HashMap<&str, &Article> = r
        .articles
        .iter()
        .rev()
        .map(|a| (a.id.as_str(), a))
        .collect();
    let mut out: Vec<Point> = r
        .casualties
        .iter()
        .filter(|c| {
            c.kind == CasualtyKind::Killed && c.scope == Scope::Current && c.level == Level::Toll
        })
        .filter_map(|c| {
            let value = c.count.low.or(c.count.high)?;
            let a = *arts.get(c.evidence.article.as_str())?;
            let date = a
                .date
                .as_ref()
                .and_then(|d| days(d).map(|n| (d.clone(), n)));
            Some(Point {
                article: a.id.clone(),
                title: crate::format::article_label(a),
                inferred: date.is_some() && a.date_inferred,
                date,
                value,
                c: c.clone(),
            })
        })
        .collect();
    crosscheck_core::order::sort_by(&mut out, |a, b| {
        (a.date.as_ref().map(|d| d.1), &a.article, a.value).cmp(&(
            b.date.as_ref().map(|d| d.1),
            &b.article,
            b.value,
        ))
    });
    out
}

/// Position on the log axis of the toll.
fn y(v: u64, lo: f64, hi: f64) -> f64 {
    let l = (v.max(1) as f64).log10();
    let t = if hi > lo { (l - lo) / (hi - lo) } else { 0.5 };
    TOP + (1.0 - t) * (H - TOP - BOTTOM)
}

fn x(d: i64, first: i64, last: i64) -> f64 {
    let t = if last > first {
        (d - first) as f64 / (last - first) as f64
    } else {
        0.5
    };
    LEFT + t * (W - LEFT - RIGHT)
}

fn words(p: &Point) -> String {
    let when = match &p.date {
        Some((d, _)) if p.inferred => format!("{d} (date inferred)"),
        Some((d, _)) => d.clone(),
        None => "date unknown".into(),
    };
    format!(
        "{} killed — {}, {when}",
        count(&p.c.count),
        short(&p.title, 60)
    )
}

/// The chart's frame: its axes, their labels and the summary in words, from the dated claims.
#[derive(Clone, PartialEq)]
struct Frame {
    first: i64,
    last: i64,
    lo: f64,
    hi: f64,
    ticks: Vec<u64>,
    first_label: Option<String>,
    last_label: Option<String>,
    summary: String,
}

fn frame(dated: &[&Point]) -> Frame {
    let first = dated
        .iter()
        .filter_map(|p| p.date.as_ref().map(|d| d.1))
        .min()
        .unwrap_or(0);
    let last = dated
        .iter()
        .filter_map(|p| p.date.as_ref().map(|d| d.1))
        .max()
        .unwrap_or(0);
    let (vmin, vmax) = dated.iter().fold((u64::MAX, 1), |(a, b), p| {
        (
            a.min(p.value),
            b.max(p.value).max(p.c.count.high.unwrap_or(0)),
        )
    });
    let lo = (vmin.max(1) as f64).log10().floor();
    let hi = (vmax.max(10) as f64).log10().ceil().max(lo + 1.0);
    let ticks: Vec<u64> = (lo as u32..=hi as u32).map(|e| 10u64.pow(e)).collect();
    let first_label = dated
        .first()
        .and_then(|p| p.date.as_ref().map(|d| d.0.clone()));
    let last_label = dated
        .last()
        .and_then(|p| p.date.as_ref().map(|d| d.0.clone()));
    let summary = if dated.is_empty() {
        "No dated current death toll claims.".to_string()
    } else {
        format!(
            "{} current death toll claim{} from {} to {}, between {} and {}.",
            dated.len(),
            if dated.len() == 1 { "" } else { "s" },
            first_label.clone().unwrap_or_default(),
            last_label.clone().unwrap_or_default(),
            thousands(vmin),
            thousands(vmax)
        )
    };
    Frame {
        first,
        last,
        lo,
        hi,
        ticks,
        first_label,
        last_label,
        summary,
    }
}

/// One claim's mark where the frame puts it.
#[derive(Clone, PartialEq)]
struct Mark {
    /// Its record and where it stands: a mark that moves is drawn anew, one that stays is kept.
    key: String,
    id: String,
    article: String,
    date: String,
    cx: f64,
    cy: f64,
    top: Option<f64>,
    class: String,
    inferred: bool,
    words: String,
}

fn marks(dated: &[&Point], f: &Frame) -> Vec<Mark> {
    // claims of one date side by side: how many a date has, and each claim's place among them
    let mut per_date: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    let places: Vec<usize> = dated
        .iter()
        .map(|p| {
            let n = per_date
                .entry(p.date.as_ref().map_or(0, |d| d.1))
                .or_default();
            *n += 1;
            *n - 1
        })
        .collect();
    dated
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (d, n) = p.date.clone().unwrap_or_default();
            // claims of one date side by side around it, none hidden behind another
            let k = places[i];
            let m = per_date.get(&n).copied().unwrap_or(1);
            let cx = x(n, f.first, f.last) + (k as f64 - (m as f64 - 1.0) / 2.0) * DODGE;
            let cy = y(p.value, f.lo, f.hi);
            let top =
                p.c.count
                    .high
                    .filter(|&h| h > p.value)
                    .map(|h| y(h, f.lo, f.hi));
            // hollow as in the range chart: hedged or disputed
            let class = format!(
                "point{}{}",
                if hollow(p.c.attribution) {
                    " hollow"
                } else {
                    ""
                },
                if p.inferred { " inferred" } else { "" }
            );
            Mark {
                key: format!("{}|{cx:.2}|{cy:.2}|{top:?}", p.c.id),
                id: p.c.id.clone(),
                article: p.article.clone(),
                date: d,
                cx,
                cy,
                top,
                class,
                inferred: p.inferred,
                words: words(p),
            }
        })
        .collect()
}

/// The chart of the dated claims, with its legend; or the words for no claim at all. Its frame
/// is drawn anew when it changes; each mark is kept while its claim stays where it was.
#[component]
fn Chart(all: Memo<Arc<Vec<Point>>>) -> impl IntoView {
    let ctx = use_ctx();
    let drawn = Memo::new(move |_| {
        all.with(|all| {
            let dated: Vec<&Point> = all.iter().filter(|p| p.date.is_some()).collect();
            let f = frame(&dated);
            let m = marks(&dated, &f);
            (f, m)
        })
    });
    let f = Memo::new(move |_| drawn.with(|d| d.0.clone()));
    let no_claim = Memo::new(move |_| all.with(|a| a.is_empty()));
    let no_dated = Memo::new(move |_| drawn.with(|d| d.1.is_empty()));
    let axes = move || {
        f.with(|f| {
            let (first, last, lo, hi) = (f.first, f.last, f.lo, f.hi);
            // one date: its label under the points; more: the first at the left end
            let (label_x, label_anchor) = if last > first {
                (LEFT, "start")
            } else {
                (x(first, first, last), "middle")
            };
            view! {
                {f.ticks.iter().map(|&t| {
                    let ty = y(t, lo, hi);
                    view! {
                        <line class="grid" x1=LEFT x2={W - RIGHT} y1=ty y2=ty />
                        <text class="tick-label" x={LEFT - 6.0} y={ty + 4.0} text-anchor="end">{thousands(t)}</text>
                    }
                }).collect_view()}
                <line class="axis" x1=LEFT x2={W - RIGHT} y1={H - BOTTOM} y2={H - BOTTOM} />
                <text class="tick-label" x=label_x y={H - 10.0} text-anchor=label_anchor>{f.first_label.clone()}</text>
                {(last > first).then(|| view! { <text class="tick-label" x={W - RIGHT} y={H - 10.0} text-anchor="end">{f.last_label.clone()}</text> })}
            }
        })
    };
    let mark = move |m: Mark| {
        let (art, id) = (m.article.clone(), m.id.clone());
        let id2 = m.id.clone();
        let (cx, cy) = (m.cx, m.cy);
        view! {
            {m.top.map(|t| view! { <line class="reach" x1=cx x2=cx y1=cy y2=t /> })}
            {m.inferred.then(|| view! { <circle class="date-ring" cx=cx cy=cy r="8.5" /> })}
            <circle class=m.class.clone() class:selected=move || ctx.sel.with(|s| s.as_deref() == Some(id2.as_str())) cx=cx cy=cy r="5.5"
                data-id=m.id.clone() data-article=m.article.clone() data-date=m.date.clone()
                on:click=move |_| ctx.select(&art, &id)>
                <title>{m.words.clone()}</title>
            </circle>
        }
    };
    view! {
        {move || no_claim.get().then(|| view! { <p class="empty">"No current death toll is stated in these articles."</p> })}
        <div class="chart" class:hidden=move || no_dated.get()>
            <svg class="over-time-chart" viewBox=format!("0 0 {W} {H}") role="img" aria-label=move || f.with(|f| format!("Chart: {} Details in the table below.", f.summary))>
                <title>{move || f.with(|f| format!("Death toll claims over time: {}", f.summary))}</title>
                {axes}
                {keyed(move || drawn.with(|d| d.1.iter().map(|m| { let m = m.clone(); Row::new(m.key.clone(), move || mark(m)) }).collect()))}
            </svg>
            <p class="legend">"Killed, current fighting, on a log scale. A line up from a point reaches the top of a range (“thousands”); a hollow point is hedged or disputed, as in the range chart; a dashed ring marks a date inferred from the text (“Saturday”), not stated. Claims of one date stand side by side. Click a point to open its sentence."</p>
        </div>
    }
}

/// The date of a claim in the table's words.
fn date_words(p: &Point) -> String {
    match &p.date {
        Some((d, _)) if p.inferred => format!("{d} (inferred)"),
        Some((d, _)) => d.clone(),
        None => "unknown".into(),
    }
}

#[component]
pub fn ClaimsOverTime(full: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    let shown = use_shown();
    // the full Report is the dashboard's: the panel follows the filtered one
    let _ = full;
    let all = Memo::new_with_compare(
        move |_| {
            Arc::new(
                shown
                    .filtered
                    .with(|r| r.as_ref().map(|r| points(r)))
                    .unwrap_or_default(),
            )
        },
        |old, new| !matches!((old, new), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
    );
    let n_undated = Memo::new(move |_| all.with(|a| a.iter().filter(|p| p.date.is_none()).count()));
    let n_all = Memo::new(move |_| all.with(|a| a.len()));
    let undated_paging = Paging::new();
    let undated = move || {
        let limit = undated_paging.limit();
        all.with(|a| {
            a.iter()
                .filter(|p| p.date.is_none())
                .take(limit)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let table_paging = Paging::new();
    let table = move || {
        let limit = table_paging.limit();
        all.with(|a| a.iter().take(limit).cloned().collect::<Vec<_>>())
    };
    view! {
        <section class="panel over-time" aria-labelledby="time-h">
            <h2 id="time-h">"Death toll claims over time"</h2>
            <Chart all=all />
            <div class:hidden=move || n_undated.get() == 0>
                <h3>"Articles without a date"</h3>
                <ul class="undated">
                    {keyed(move || undated().into_iter().map(|p| Row::new(p.c.id.clone(), move || {
                        let (art, id) = (p.article.clone(), p.c.id.clone());
                        view! {
                            <li data-id=p.c.id.clone()>
                                <button class="linkish" on:click=move |_| ctx.select(&art, &id)>{count(&p.c.count)}</button>
                                <span class="article-ref">{format!(" — {}", short(&p.title, 60))}</span>
                            </li>
                        }
                    })).collect())}
                </ul>
                <Pager paging=undated_paging total=n_undated what="claims" />
            </div>
            <details class="over-time-table" class:hidden=move || n_all.get() == 0>
                <summary>"Table of these claims"</summary>
                <table>
                    <thead><tr><th scope="col">"Date"</th><th scope="col">"Claim"</th><th scope="col">"Article"</th></tr></thead>
                    <tbody>
                        {keyed(move || table().into_iter().map(|p| Row::new(p.c.id.clone(), move || {
                            let (art, id) = (p.article.clone(), p.c.id.clone());
                            view! {
                                <tr data-id=p.c.id.clone()>
                                    <td class=if p.date.is_some() { "date" } else { "date unknown" }>{date_words(&p)}</td>
                                    <td><button class="linkish" on:click=move |_| ctx.select(&art, &id)>{count(&p.c.count)}</button></td>
                                    <td>{p.title.clone()}</td>
                                </tr>
                            }
                        })).collect())}
                    </tbody>
                </table>
                <Pager paging=table_paging total=n_all what="claims" />
            </details>
        </section>
    }
}
