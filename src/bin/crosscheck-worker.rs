//! The worker: runs the extraction core off the page's main thread, so the page never blocks
//! while articles are read. Built by Trunk as a second wasm (`data-type="worker"` in
//! `index.html`), it alone links the core's extraction; the page posts it a job (its inputs, as
//! `crosscheck_web::engine_msg` writes them) and it posts back progress (steps done of total,
//! at most about a hundred messages a job) and then the Report, or why the job could not be
//! read. It says `Ready` once loaded; it reads one job at a time, and the page terminates it to
//! cancel one. It also answers questions that are no analysis (the sentences of some articles,
//! for the page's shared evidence: the page's own wasm links no sentence splitter).

use crosscheck_core::analyze_with_progress;
use crosscheck_web::engine_msg::{answer_json, read_ask, read_job, reply_json, Reply};
use crosscheck_web::provenance;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn post(scope: &web_sys::DedicatedWorkerGlobalScope, r: &Reply) {
    let _ = scope.post_message(&JsValue::from_str(&reply_json(r)));
}

fn main() {
    console_error_panic_hook::set_once();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let to_page = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let text = e.data().as_string().unwrap_or_default();
            // a question (the sentences of some articles), not an analysis
            if let Some((ask, inputs)) = read_ask(&text) {
                let sentences = inputs.iter().map(provenance::sentences).collect();
                let _ = to_page.post_message(&JsValue::from_str(&answer_json(ask, sentences)));
                return;
            }
            let (job, inputs) = match read_job(&text) {
                Ok(j) => j,
                Err(why) => {
                    post(&to_page, &Reply::Failed { job: 0, why });
                    return;
                }
            };
            // a message when the percentage moves, not one per step
            let mut shown = usize::MAX;
            let report = analyze_with_progress(&inputs, &mut |done, total| {
                let pct = done * 100 / total.max(1);
                if pct != shown {
                    shown = pct;
                    post(&to_page, &Reply::Progress { job, done, total });
                }
            });
            post(
                &to_page,
                &Reply::Report {
                    job,
                    report: Box::new(report),
                },
            );
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, &Reply::Ready);
}
