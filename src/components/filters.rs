//! The filter bar: articles, actor, kind, attribution, scope, stance type and free text, plus
//! "Copy link".
//!
//! Every control is labelled and keyboard reachable. Discrete choices push a history entry;
//! typing replaces it. Counts everywhere follow the filtered Report.

use crate::app::use_ctx;
use crate::components::sources::label;
use crosscheck_core::*;
use crosscheck_web::format::{stance_label, word};
use crosscheck_web::state::{View, ATTRIBUTIONS, KINDS, STANCE_TYPES};
use leptos::prelude::*;
use std::sync::Arc;

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
            {move || if ctx.view.get().filtered() { format!("No {what} match these filters — ") } else { format!("No {what} found in these articles.") }}
            {move || ctx.view.get().filtered().then(|| view! { <ClearFilters /> })}
        </p>
    }
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
    actors.sort_by(|a, b| a.name.cmp(&b.name));
    let articles = full.articles.clone();
    view! {
        <form class="filters" role="search" aria-label="Filters" on:submit=|e| e.prevent_default()>
            <fieldset>
                <legend>"Articles"</legend>
                {articles.into_iter().map(|a| {
                    let id = a.id.clone();
                    let id2 = a.id.clone();
                    view! {
                        <label class="chk">
                            <input type="checkbox" name="art" value=a.id.clone()
                                prop:checked=move || { let v = ctx.view.get(); v.articles.is_empty() || v.articles.contains(&id) }
                                on:change=move |_| update(&|v: &mut View| {
                                    if v.articles.is_empty() {
                                        v.articles = ctx.report.get_untracked().map(|r| r.articles.iter().map(|a| a.id.clone()).collect()).unwrap_or_default();
                                    }
                                    toggle(&mut v.articles, &id2);
                                    let all = ctx.report.get_untracked().map(|r| r.articles.len()).unwrap_or(0);
                                    if v.articles.len() == all { v.articles.clear(); }
                                }, true) />
                            {label(&a)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"Casualty kind"</legend>
                {KINDS.iter().map(|k| {
                    let k = *k;
                    view! {
                        <label class="chk">
                            <input type="checkbox" name="kind" value=word(&k)
                                prop:checked=move || ctx.view.get().kinds.contains(&k)
                                on:change=move |_| update(&|v: &mut View| toggle(&mut v.kinds, &k), true) />
                            {word(&k)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"Attribution"</legend>
                {ATTRIBUTIONS.iter().map(|a| {
                    let a = *a;
                    view! {
                        <label class="chk">
                            <input type="checkbox" name="attribution" value=word(&a)
                                prop:checked=move || ctx.view.get().attributions.contains(&a)
                                on:change=move |_| update(&|v: &mut View| toggle(&mut v.attributions, &a), true) />
                            {word(&a)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <label class="field">"Scope "
                <select name="scope" on:change=move |e| {
                    let val = event_target_value(&e);
                    update(&|v: &mut View| v.scope = match val.as_str() { "current" => Some(Scope::Current), "historical" => Some(Scope::Historical), _ => None }, true)
                }>
                    <option value="" selected=move || ctx.view.get().scope.is_none()>"both"</option>
                    <option value="current" selected=move || ctx.view.get().scope == Some(Scope::Current)>"current fighting"</option>
                    <option value="historical" selected=move || ctx.view.get().scope == Some(Scope::Historical)>"earlier war"</option>
                </select>
            </label>
            <label class="field">"Actor "
                <select name="actor" on:change=move |e| {
                    let val = event_target_value(&e);
                    update(&|v: &mut View| v.actor = (!val.is_empty()).then(|| val.clone()), true)
                }>
                    <option value="" selected=move || ctx.view.get().actor.is_none()>"any"</option>
                    {actors.into_iter().map(|a| {
                        let id = a.id.clone();
                        view! { <option value=a.id.clone() selected=move || ctx.view.get().actor.as_deref() == Some(id.as_str())>{a.name.clone()}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field">"Stance "
                <select name="stance" on:change=move |e| {
                    let val = event_target_value(&e);
                    update(&|v: &mut View| v.stances = STANCE_TYPES.iter().copied().filter(|t| word(t) == val).collect(), true)
                }>
                    <option value="" selected=move || ctx.view.get().stances.is_empty()>"any"</option>
                    {STANCE_TYPES.iter().map(|t| {
                        let t = *t;
                        view! { <option value=word(&t) selected=move || ctx.view.get().stances == vec![t]>{stance_label(t)}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field grow">"Text "
                <input type="search" name="q" placeholder="e.g. Geneva, civilians"
                    prop:value=move || ctx.view.get().q
                    on:input=move |e| { let val = event_target_value(&e); update(&|v: &mut View| v.q = val.clone(), false) } />
            </label>
            <div class="actions">
                {move || ctx.view.get().filtered().then(|| view! { <ClearFilters /> })}
                <button type="button" class="copy" on:click=copy>{move || if copied.get() { "Link copied" } else { "Copy link" }}</button>
            </div>
        </form>
    }
}
