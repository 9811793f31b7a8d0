//! "Open a Report…", in the articles drawer: a Report the CLI computed (`crosscheck --format
//! json`), read from a file and shown instead of extracting in the browser. A file that is not a
//! Report is refused with the reason (`crosscheck_web::report_file`); the user's articles are
//! never touched, and "Back to my articles" shows their Report again.

use crate::app::{use_ctx, Ctx};
use crate::browser;
use crosscheck_web::report_file::{self, MAX_REPORT_BYTES};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn close_drawer() {
    if let Some(d) = gloo::utils::document()
        .get_element_by_id("articles-drawer")
        .and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
    {
        d.close();
    }
}

fn open_file(ctx: Ctx, f: web_sys::File) {
    leptos::task::spawn_local(async move {
        let name = f.name();
        let refused = |why: String| {
            ctx.say(
                true,
                format!("“{name}” was not opened: {why}. Your articles and the dashboard are as they were."),
            )
        };
        if f.size() > MAX_REPORT_BYTES as f64 {
            refused(report_file::NotAReport::TooLarge(f.size() as usize).to_string());
            return;
        }
        match browser::read_file(f).await {
            Err(e) => refused(format!("it could not be read ({e})")),
            Ok(bytes) => match report_file::read(&bytes) {
                Err(e) => refused(e.to_string()),
                Ok(r) => {
                    let n = r.articles.len();
                    ctx.open_report(&name, r);
                    ctx.say(
                        false,
                        format!(
                            "Opened the Report “{name}” ({n} article{}).",
                            if n == 1 { "" } else { "s" }
                        ),
                    );
                    close_drawer();
                }
            },
        }
    });
}

#[component]
pub fn OpenReport() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <section class="panel open-report" aria-labelledby="open-h">
            <h3 id="open-h">"Open a Report…"</h3>
            <p class="hint">
                "Show a Report computed elsewhere instead of reading the articles here: the JSON the command-line tool writes ("
                <code>"crosscheck --format json"</code>
                "). Your articles stay as they are."
            </p>
            <label class="field">"Report file (.json)"
                <input type="file" name="report-file" accept=".json,application/json"
                    on:change=move |e| {
                        let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
                        if let Some(f) = input.files().and_then(|fs| fs.get(0)) {
                            open_file(ctx, f);
                        }
                        input.set_value("");
                    } />
            </label>
            {move || ctx.opened.get().map(|o| view! {
                <p class="opened-note">
                    {format!("Showing “{}”. ", o.name)}
                    <button type="button" class="back-to-articles" on:click=move |_| ctx.close_report()>"Back to my articles"</button>
                </p>
            })}
        </section>
    }
}
