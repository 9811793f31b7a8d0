//! The page's side of the worker that runs the extraction core
//! (`src/bin/crosscheck-worker.rs`): it starts the worker, posts each analysis as a numbered
//! job, hands on the job's progress and its Report, and cancels by terminating the worker (the
//! next job starts a new one). So the page's own wasm never runs, nor links, the extraction.
//!
//! One job at a time: a job posted while another runs terminates the worker and starts a fresh
//! one, so a corpus that changed again is not held up behind an outdated analysis. A job
//! posted before the worker has loaded waits for its `Ready`. Every failure (the worker cannot
//! start, stops, or cannot read a job) reaches the job's handler as words, never a panic.

use crosscheck_core::{ArticleInput, Report};
use crosscheck_web::engine_msg::{self, Reply};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// The worker's script (Trunk's loader shim), relative to the page's base URL.
const WORKER: &str = "crosscheck-worker_loader.js";

/// What a job's handler hears.
pub enum Event {
    /// Steps done of the total.
    Progress(usize, usize),
    Report(Box<Report>),
    Failed(String),
}

/// A job's handler: the job's number and what happened.
pub type Handler = Rc<dyn Fn(u64, Event)>;

struct Engine {
    worker: web_sys::Worker,
    ready: bool,
    /// A job waiting for `Ready`.
    queued: Option<String>,
    /// The job posted and not yet answered, with its handler.
    running: Option<(u64, Handler)>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

/// Analyse `inputs` in the worker as job `job`; `on` hears its progress and its Report.
pub fn run(job: u64, inputs: &[ArticleInput], on: Handler) {
    let busy = ENGINE.with_borrow(|e| e.as_ref().is_some_and(|e| e.running.is_some()));
    if busy {
        cancel();
    }
    if ENGINE.with_borrow(|e| e.is_none()) {
        match start() {
            Ok(e) => ENGINE.set(Some(e)),
            Err(why) => {
                on(
                    job,
                    Event::Failed(format!("the extraction engine could not start ({why})")),
                );
                return;
            }
        }
    }
    let msg = engine_msg::job_json(job, inputs);
    ENGINE.with_borrow_mut(|e| {
        let Some(e) = e.as_mut() else { return };
        e.running = Some((job, on));
        if e.ready {
            let _ = e.worker.post_message(&JsValue::from_str(&msg));
        } else {
            e.queued = Some(msg);
        }
    });
}

/// Start the worker now, so that it loads while the page does (the first job then finds it
/// ready). A worker that cannot start is reported by the first job.
pub fn warm() {
    if ENGINE.with_borrow(|e| e.is_none()) {
        if let Ok(e) = start() {
            ENGINE.set(Some(e));
        }
    }
}

/// Stop the running job, if any: the worker is terminated and its job never answers.
pub fn cancel() {
    if let Some(e) = ENGINE.take() {
        e.worker.terminate();
    }
}

/// A new worker, or why it could not start.
fn new_worker() -> Result<web_sys::Worker, String> {
    web_sys::Worker::new(WORKER).map_err(|e| {
        js_sys::Reflect::get(&e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| format!("{e:?}"))
    })
}

fn start() -> Result<Engine, String> {
    let worker = new_worker()?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |m: web_sys::MessageEvent| {
            let text = m.data().as_string().unwrap_or_default();
            received(&text);
        });
    let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
        e.prevent_default();
        let why = e.message();
        let why = if why.is_empty() {
            "the extraction engine stopped".to_string()
        } else {
            format!("the extraction engine stopped: {why}")
        };
        let running = ENGINE.take().and_then(|e| {
            e.worker.terminate();
            e.running
        });
        if let Some((job, on)) = running {
            on(job, Event::Failed(why));
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Engine {
        worker,
        ready: false,
        queued: None,
        running: None,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// A string from the worker.
fn received(text: &str) {
    let running = ENGINE.with_borrow(|e| {
        e.as_ref()
            .and_then(|e| e.running.as_ref().map(|(j, on)| (*j, on.clone())))
    });
    let job = engine_msg::reply_job(text);
    if job.is_none() {
        // Ready: post the job that waited for it
        ENGINE.with_borrow_mut(|e| {
            if let Some(e) = e.as_mut() {
                e.ready = true;
                if let Some(msg) = e.queued.take() {
                    let _ = e.worker.post_message(&JsValue::from_str(&msg));
                }
            }
        });
        return;
    }
    let Some((current, on)) = running else { return };
    // a job the worker could not read has no number of its own
    if job != Some(current) && job != Some(0) {
        return;
    }
    let event = match engine_msg::read_reply(text) {
        Ok(Reply::Progress { done, total, .. }) => Event::Progress(done, total),
        Ok(Reply::Report { report, .. }) => Event::Report(report),
        Ok(Reply::Failed { why, .. }) => Event::Failed(why),
        Ok(Reply::Ready) => return,
        Err(why) => Event::Failed(why),
    };
    if !matches!(event, Event::Progress(..)) {
        ENGINE.with_borrow_mut(|e| {
            if let Some(e) = e.as_mut() {
                e.running = None;
            }
        });
    }
    on(current, event);
}

/// What a question's handler hears: per article asked, its sentences, or why not.
pub type Answer = Box<dyn FnOnce(Result<Vec<Vec<String>>, String>)>;

/// A second worker for questions that are no analysis (the sentences of an article): started on
/// the first question and never terminated by a job, so a question is not lost when an analysis
/// is cancelled or outdated, nor held up behind one.
struct Service {
    worker: web_sys::Worker,
    ready: bool,
    /// Questions waiting for `Ready`.
    queued: Vec<String>,
    /// The handlers of the questions not yet answered, by number.
    waiting: HashMap<u64, Answer>,
    next: u64,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

thread_local! {
    static SERVICE: RefCell<Option<Service>> = const { RefCell::new(None) };
}

/// The sentences of `articles`, as the Report's evidence gives them
/// (`crosscheck_web::provenance::sentences`, run in a worker): `on` hears them.
pub fn sentences(articles: &[ArticleInput], on: Answer) {
    if SERVICE.with_borrow(|s| s.is_none()) {
        match start_service() {
            Ok(s) => SERVICE.set(Some(s)),
            Err(why) => {
                return on(Err(format!(
                    "the extraction engine could not start ({why})"
                )))
            }
        }
    }
    SERVICE.with_borrow_mut(|s| {
        let Some(s) = s.as_mut() else { return };
        s.next += 1;
        let msg = engine_msg::ask_json(s.next, articles);
        s.waiting.insert(s.next, on);
        if s.ready {
            let _ = s.worker.post_message(&JsValue::from_str(&msg));
        } else {
            s.queued.push(msg);
        }
    });
}

fn start_service() -> Result<Service, String> {
    let worker = new_worker()?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |m: web_sys::MessageEvent| {
            let text = m.data().as_string().unwrap_or_default();
            let Some((ask, sentences)) = engine_msg::read_answer(&text) else {
                // Ready: post the questions that waited for it
                SERVICE.with_borrow_mut(|s| {
                    if let Some(s) = s.as_mut() {
                        s.ready = true;
                        for msg in s.queued.drain(..) {
                            let _ = s.worker.post_message(&JsValue::from_str(&msg));
                        }
                    }
                });
                return;
            };
            let on = SERVICE.with_borrow_mut(|s| s.as_mut().and_then(|s| s.waiting.remove(&ask)));
            if let Some(on) = on {
                on(Ok(sentences));
            }
        });
    let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
        e.prevent_default();
        let why = format!("the extraction engine stopped: {}", e.message());
        let waiting = SERVICE.take().map(|s| {
            s.worker.terminate();
            s.waiting
        });
        for (_, on) in waiting.unwrap_or_default() {
            on(Err(why.clone()));
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Service {
        worker,
        ready: false,
        queued: Vec::new(),
        waiting: HashMap::new(),
        next: 0,
        _on_message: on_message,
        _on_error: on_error,
    })
}
