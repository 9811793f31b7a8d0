//! Crosscheck's web page: a static Leptos (CSR) app over the extraction core, built with Trunk.
//!
//! `main` mounts [`app::App`]; everything else lives in `app` (the Report and the view state)
//! and one file per panel under `components/`.

mod app;
mod browser;
mod bundled;
mod components;
mod engine;

use crosscheck_web::format;

fn main() {
    console_error_panic_hook::set_once();
    // the worker that runs the core starts with the first analysis, or (the bundled articles
    // alone, whose Report is built in) once their dashboard is drawn (app.rs)
    // The boot screen in index.html stays until the app mounts.
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
