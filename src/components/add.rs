//! "Your articles", in the articles drawer: paste a text (with optional title, outlet, date, URL),
//! choose or drop `.txt`, `.md` or `.html` files, switch the bundled articles off, remove one or
//! all. Everything stays in the browser; every refusal says why (the dashboard shows the same
//! messages, and the banner that keeps a shared link's articles: `messages`).

use crate::app::{use_ctx, Ctx};
use crate::browser;
use crate::components::messages::MessageList;
use crosscheck_web::corpus::{self, Meta};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Read every file first, then add what was read in one change of the corpus (so the core
/// runs once for the whole batch, not once per file), and say it in one summary message after
/// each refusal's and warning's own message.
fn add_files(ctx: Ctx, files: web_sys::FileList) {
    let list: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    leptos::task::spawn_local(async move {
        let mut read = Vec::new();
        let mut notes = Vec::new();
        for f in list {
            let name = f.name();
            if f.size() > corpus::MAX_FILE_BYTES as f64 {
                notes.push(format!(
                    "{name} is {:.0} MB: too large to read in the browser; not added.",
                    f.size() / 1048576.0
                ));
                continue;
            }
            match browser::read_file(f).await {
                Err(e) => notes.push(format!("{name} could not be read: {e}.")),
                Ok(bytes) => match corpus::from_file(&name, &bytes) {
                    Err(e) => notes.push(e),
                    Ok((a, warnings)) => {
                        notes.extend(warnings);
                        read.push(a);
                    }
                },
            }
        }
        for n in notes {
            ctx.say(true, n);
        }
        if read.is_empty() {
            return;
        }
        let (mut added, mut present) = (Vec::new(), Vec::new());
        ctx.change_corpus(|c| {
            for a in read {
                let title = a.title.clone().unwrap_or_default();
                if c.add(a) {
                    added.push(title);
                } else {
                    present.push(title);
                }
            }
        });
        if let Some(s) = corpus::added_summary(&added, &present) {
            ctx.say(false, s);
        }
    });
}

#[component]
pub fn AddPanel() -> impl IntoView {
    let ctx = use_ctx();
    let text = RwSignal::new(String::new());
    let meta = RwSignal::new(Meta::default());
    let dragging = RwSignal::new(false);
    let add_paste = move |_| match corpus::from_paste(&text.get_untracked(), &meta.get_untracked())
    {
        Err(e) => ctx.say(true, e),
        Ok((a, warnings)) => {
            for w in warnings {
                ctx.say(true, w);
            }
            let mut added = false;
            ctx.change_corpus(|c| added = c.add(a));
            if added {
                ctx.say(false, "Added the pasted article.");
                text.set(String::new());
                meta.set(Meta::default());
            } else {
                ctx.say(false, "That text is already among your articles.");
            }
        }
    };
    let field = move |name: &'static str,
                      label: &'static str,
                      get: fn(&Meta) -> String,
                      set: fn(&mut Meta, String)| {
        view! {
            <label class="field">{label}
                <input type="text" name=name prop:value=move || get(&meta.get()) on:input=move |e| { let v = event_target_value(&e); meta.update(|m| set(m, v)); } />
            </label>
        }
    };
    let n_bundled = ctx.bundled.get_value().len();
    view! {
        <section class="panel add" aria-labelledby="add-h">
            <h2 id="add-h">"Articles"</h2>
            {move || ctx.shared.get().map(|n| view! {
                <p class="shared-note">{format!("The {n} article(s) of the link you opened are shown but not kept in this browser: “Keep them” on the dashboard keeps them.")}</p>
            })}
            <label class="chk">
                <input type="checkbox" name="bundled" prop:checked=move || ctx.corpus.get().bundled
                    on:change=move |e| { let on = event_target_checked(&e); ctx.change_corpus(|c| c.bundled = on); } />
                {format!("Include the {n_bundled} bundled articles")}
            </label>
            <div class="mine">
                {move || {
                    let c = ctx.corpus.get();
                    if c.articles.is_empty() {
                        view! { <p class="empty">"You have added no articles yet."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="user-articles">
                                {c.articles.iter().map(|a| {
                                    let id = a.id.clone();
                                    let label = a.title.clone().unwrap_or_else(|| a.text.chars().take(60).collect());
                                    view! {
                                        <li data-article=a.id.clone()>
                                            <span>{label}</span> <span class="article-ref">{format!(" {} characters", a.text.chars().count())}</span> " "
                                            <button class="remove" on:click=move |_| { let id = id.clone(); ctx.change_corpus(move |c| c.articles.retain(|x| x.id != id)); }>"Remove"</button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <button class="remove-all" on:click=move |_| ctx.change_corpus(|c| c.articles.clear())>"Remove all my articles"</button>
                        }.into_any()
                    }
                }}
            </div>
            <details class="paste">
                <summary>"Paste an article"</summary>
                <label class="field">"Text"
                    <textarea name="paste-text" rows="8" prop:value=move || text.get() on:input=move |e| text.set(event_target_value(&e))></textarea>
                </label>
                <div class="meta">
                    {field("paste-title", "Title", |m| m.title.clone(), |m, v| m.title = v)}
                    {field("paste-outlet", "Outlet", |m| m.outlet.clone(), |m, v| m.outlet = v)}
                    {field("paste-date", "Date (YYYY-MM-DD)", |m| m.date.clone(), |m, v| m.date = v)}
                    {field("paste-url", "URL", |m| m.url.clone(), |m, v| m.url = v)}
                </div>
                <button class="add-paste" on:click=add_paste>"Add article"</button>
            </details>
            <div class="drop" class:dragging=move || dragging.get()
                on:dragover=move |e: web_sys::DragEvent| { e.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=move |e: web_sys::DragEvent| {
                    e.prevent_default();
                    dragging.set(false);
                    if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                        add_files(ctx, files);
                    }
                }>
                <label>"Drop .txt, .md or .html files here, or choose them: "
                    <input type="file" name="files" multiple accept=".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown"
                        on:change=move |e| {
                            let input: web_sys::HtmlInputElement = e.target().unwrap().unchecked_into();
                            if let Some(files) = input.files() {
                                add_files(ctx, files);
                            }
                            input.set_value("");
                        } />
                </label>
            </div>
            <MessageList class="drawer-messages" max=3 />
        </section>
    }
}
