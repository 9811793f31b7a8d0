//! The filter bar: one compact sticky row (wrapping on narrow screens) of articles, casualty
//! kind and attribution (each a small pop-up list of checkboxes), scope, actor, stance type and
//! free text, plus "Copy link"; under it, each active filter as a chip that removes it.
//!
//! Every control is labelled and keyboard reachable; a pop-up list closes on Escape (focus back
//! on its button) or when focus leaves it. Discrete choices push a history entry; typing
//! replaces it. Counts everywhere follow the filtered Report.

use crate::app::use_ctx;
use crate::components::sources::label;
use crosscheck_core::*;
use crosscheck_web::format::{stance_label, word};
use crosscheck_web::state::{View, ATTRIBUTIONS, KINDS, STANCE_TYPES};
use leptos::html;
use leptos::prelude::*;
use std::collections::HashSet;
use std::sync::Arc;
use wasm_bindgen::JsCast;

fn toggle<T: PartialEq + Clone>(list: &mut Vec<T>, x: &T) {
    if let Some(p) = list.iter().position(|y| y == x) {
        list.remove(p);
    } else {
        list.push(x.clone());
    }
}

/// "Clear filters", for the bar and for every empty state.
#[component]
pub fn ClearFilters() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <button class="clear" on:click=move |_| { let v = ctx.view.get_untracked().cleared(); ctx.set_view(v, true); }>
            "Clear filters"
        </button>
    }
}

/// An empty state: "No figures match — clear filters".
#[component]
pub fn Empty(what: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <p class="empty">
            {move || if ctx.filters.with(View::filtered) { format!("No {what} match these filters — ") } else { format!("No {what} found in these articles.") }}
            {move || ctx.filters.with(View::filtered).then(|| view! { <ClearFilters /> })}
        </p>
    }
}

/// A pop-up list of checkboxes: a `<details>` whose summary says how many are chosen.
#[component]
fn Pick(
    /// `data-filter` of the list, e.g. "kind".
    name: &'static str,
    /// What it filters, e.g. "Kind".
    legend: &'static str,
    /// The summary's words for the current choice, e.g. "all" or "2 of 3".
    chosen: Signal<String>,
    /// Draw the list only when it first opens (then keep it): for a list as long as a bundle's
    /// articles, which can be thousands.
    #[prop(optional)]
    lazy: bool,
    children: ChildrenFn,
) -> impl IntoView {
    let details = NodeRef::<html::Details>::new();
    let opened = RwSignal::new(!lazy);
    let on_toggle = move |_| {
        if details.get_untracked().is_some_and(|d| d.open()) && !opened.get_untracked() {
            opened.set(true);
        }
    };
    let summary = NodeRef::<html::Summary>::new();
    let on_key = move |e: web_sys::KeyboardEvent| {
        if e.key() == "Escape" {
            if let Some(d) = details.get_untracked() {
                if d.open() {
                    e.prevent_default();
                    d.set_open(false);
                    if let Some(s) = summary.get_untracked() {
                        let _ = s.focus();
                    }
                }
            }
        }
    };
    let on_focusout = move |e: web_sys::FocusEvent| {
        let Some(d) = details.get_untracked() else {
            return;
        };
        let inside = e
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|n| d.contains(Some(&n)));
        if !inside {
            d.set_open(false);
        }
    };
    view! {
        <details class="pick" data-filter=name node_ref=details on:keydown=on_key on:focusout=on_focusout on:toggle=on_toggle>
            // a click (or Enter) on the summary draws the list before focus can move into it
            <summary node_ref=summary on:click=move |_| if !opened.get_untracked() { opened.set(true) }>{legend} ": " <span class="chosen">{move || chosen.get()}</span></summary>
            // focusable, so that a click on a label inside keeps focus in the list
            <fieldset class="pop" tabindex="-1">
                <legend>{legend}</legend>
                {move || opened.get().then(|| children())}
            </fieldset>
        </details>
    }
}

/// Words for "n of all chosen" ("all" when none or every one is).
fn chosen(n: usize, all: usize) -> String {
    if n == 0 || n == all {
        "all".into()
    } else {
        format!("{n} of {all}")
    }
}

/// The active filters as (what, its value), each with how to remove it.
type Chip = (String, Box<dyn Fn(&mut View) + Send + Sync>);

fn chips(v: &View, full: &Report) -> Vec<Chip> {
    let mut out: Vec<Chip> = Vec::new();
    if !v.articles.is_empty() {
        out.push((
            format!("articles {} of {}", v.articles.len(), full.articles.len()),
            Box::new(|v: &mut View| v.articles.clear()),
        ));
    }
    for k in &v.kinds {
        let k = *k;
        out.push((
            format!("kind {}", word(&k)),
            Box::new(move |v: &mut View| v.kinds.retain(|x| *x != k)),
        ));
    }
    for a in &v.attributions {
        let a = *a;
        out.push((
            format!("attribution {}", word(&a)),
            Box::new(move |v: &mut View| v.attributions.retain(|x| *x != a)),
        ));
    }
    if let Some(s) = v.scope {
        let what = match s {
            Scope::Current => "current fighting",
            Scope::Historical => "earlier war",
        };
        out.push((
            format!("scope {what}"),
            Box::new(|v: &mut View| v.scope = None),
        ));
    }
    if let Some(a) = &v.actor {
        let name = full
            .actors
            .iter()
            .find(|x| &x.id == a)
            .map_or_else(|| a.clone(), |x| x.name.clone());
        out.push((
            format!("actor {name}"),
            Box::new(|v: &mut View| v.actor = None),
        ));
    }
    for t in &v.stances {
        let t = *t;
        out.push((
            format!("stance {}", stance_label(t)),
            Box::new(move |v: &mut View| v.stances.retain(|x| *x != t)),
        ));
    }
    if !v.q.is_empty() {
        out.push((
            format!("text “{}”", v.q),
            Box::new(|v: &mut View| v.q.clear()),
        ));
    }
    out
}

#[component]
pub fn FilterBar(full: Arc<Report>) -> impl IntoView {
    let ctx = use_ctx();
    let update = move |f: &dyn Fn(&mut View), push: bool| {
        let mut v = ctx.view.get_untracked();
        f(&mut v);
        v.sel = None;
        ctx.set_view(v, push);
    };
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let href = gloo::utils::window().location().href().unwrap_or_default();
        leptos::task::spawn_local(async move {
            let ok = crate::browser::copy(&href).await;
            copied.set(ok);
            if !ok {
                ctx.say(
                    true,
                    "The browser did not allow copying: copy the address from the address bar.",
                );
            }
            gloo::timers::callback::Timeout::new(2000, move || copied.set(false)).forget();
        });
    };
    let mut actors: Vec<Actor> = full.actors.clone();
    crosscheck_core::order::sort_by(&mut actors, |a, b| a.name.cmp(&b.name));
    let articles = full.articles.clone();
    // the articles chosen, as a set: each of the list's boxes looks itself up once
    let chosen_articles = Memo::new(move |_| {
        ctx.articles_filter
            .with(|a| a.iter().cloned().collect::<HashSet<String>>())
    });
    let n_articles = articles.len();
    let full2 = full.clone();
    let active = move || {
        let list = ctx.filters.with(|v| chips(v, &full2));
        (!list.is_empty()).then(|| {
            view! {
                <ul class="chips" aria-label="Active filters">
                    {list.into_iter().map(|(what, remove)| {
                        let name = format!("Remove filter: {what}");
                        view! {
                            <li>
                                <button type="button" class="chip" aria-label=name
                                    on:click=move |_| update(&|v: &mut View| remove(v), true)>
                                    {what} <span class="x" aria-hidden="true">" ✕"</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                    <li><ClearFilters /></li>
                </ul>
            }
        })
    };
    view! {
        <div class="filter-bar">
        <form class="filters" role="search" aria-label="Filters" on:submit=|e| e.prevent_default()>
            <Pick name="art" legend="Articles" lazy=true chosen=Signal::derive(move || chosen(ctx.filters.with(|v| v.articles.len()), n_articles))>
                {articles.iter().map(|a| {
                    let id = a.id.clone();
                    let id2 = a.id.clone();
                    view! {
                        <label class="chk">
                            <input type="checkbox" name="art" value=a.id.clone()
                                prop:checked=move || chosen_articles.with(|c| c.is_empty() || c.contains(&id))
                                on:change=move |_| update(&|v: &mut View| {
                                    if v.articles.is_empty() {
                                        v.articles = ctx.report.get_untracked().map(|r| r.articles.iter().map(|a| a.id.clone()).collect()).unwrap_or_default();
                                    }
                                    toggle(&mut v.articles, &id2);
                                    let all = ctx.report.get_untracked().map(|r| r.articles.len()).unwrap_or(0);
                                    if v.articles.len() == all { v.articles.clear(); }
                                }, true) />
                            {label(a)}
                        </label>
                    }
                }).collect_view()}
            </Pick>
            <Pick name="kind" legend="Kind" chosen=Signal::derive(move || chosen(ctx.filters.with(|v| v.kinds.len()), KINDS.len()))>
                {KINDS.iter().map(|k| {
                    let k = *k;
                    view! {
                        <label class="chk">
                            <input type="checkbox" name="kind" value=word(&k)
                                prop:checked=move || ctx.filters.with(|v| v.kinds.contains(&k))
                                on:change=move |_| update(&|v: &mut View| toggle(&mut v.kinds, &k), true) />
                            {word(&k)}
                        </label>
                    }
                }).collect_view()}
            </Pick>
            <Pick name="attribution" legend="Attribution" chosen=Signal::derive(move || chosen(ctx.filters.with(|v| v.attributions.len()), ATTRIBUTIONS.len()))>
                {ATTRIBUTIONS.iter().map(|a| {
                    let a = *a;
                    view! {
                        <label class="chk">
                            <input type="checkbox" name="attribution" value=word(&a)
                                prop:checked=move || ctx.filters.with(|v| v.attributions.contains(&a))
                                on:change=move |_| update(&|v: &mut View| toggle(&mut v.attributions, &a), true) />
                            {word(&a)}
                        </label>
                    }
                }).collect_view()}
            </Pick>
            <label class="field">"Scope "
                <select name="scope" on:change=move |e| {
                    let val = event_target_value(&e);
                    update(&|v: &mut View| v.scope = match val.as_str() { "current" => Some(Scope::Current), "historical" => Some(Scope::Historical), _ => None }, true)
                }>
                    <option value="" selected=move || ctx.filters.with(|v| v.scope.is_none())>"both"</option>
                    <option value="current" selected=move || ctx.filters.with(|v| v.scope == Some(Scope::Current))>"current fighting"</option>
                    <option value="historical" selected=move || ctx.filters.with(|v| v.scope == Some(Scope::Historical))>"earlier war"</option>
                </select>
            </label>
            <label class="field">"Actor "
                <select name="actor" on:change=move |e| {
                    let val = event_target_value(&e);
                    update(&|v: &mut View| v.actor = (!val.is_empty()).then(|| val.clone()), true)
                }>
                    <option value="" selected=move || ctx.filters.with(|v| v.actor.is_none())>"any"</option>
                    {actors.into_iter().map(|a| {
                        let id = a.id.clone();
                        view! { <option value=a.id.clone() selected=move || ctx.filters.with(|v| v.actor.as_deref() == Some(id.as_str()))>{a.name.clone()}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field">"Stance "
                <select name="stance" on:change=move |e| {
                    let val = event_target_value(&e);
                    update(&|v: &mut View| v.stances = STANCE_TYPES.iter().copied().filter(|t| word(t) == val).collect(), true)
                }>
                    <option value="" selected=move || ctx.filters.with(|v| v.stances.is_empty())>"any"</option>
                    {STANCE_TYPES.iter().map(|t| {
                        let t = *t;
                        view! { <option value=word(&t) selected=move || ctx.filters.with(|v| v.stances == [t])>{stance_label(t)}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field grow">"Text "
                <input type="search" name="q" placeholder="e.g. Geneva, civilians"
                    prop:value=move || ctx.filters.with(|v| v.q.clone())
                    on:input=move |e| { let val = event_target_value(&e); update(&|v: &mut View| v.q = val.clone(), false) } />
            </label>
            <button type="button" class="copy" on:click=copy>{move || if copied.get() { "Link copied" } else { "Copy link" }}</button>
        </form>
        {active}
        </div>
    }
}
