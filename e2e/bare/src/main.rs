//! A bare Leptos CSR page: a heading and a list of 18 items from a signal. The baseline of
//! e2e/tests/first-paint.test.mjs.
use leptos::prelude::*;

#[component]
fn App() -> impl IntoView {
    let items = RwSignal::new((1..=18).map(|i| format!("Item {i}")).collect::<Vec<_>>());
    view! {
        <main id="main">
            <h1>"Bare Leptos"</h1>
            <ul class="items">
                <For each=move || items.get() key=|s| s.clone() let:s>
                    <li class="item">{s}</li>
                </For>
            </ul>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
