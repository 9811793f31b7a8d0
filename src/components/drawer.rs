//! A toolbar button and the drawer it opens: a native modal `<dialog>` (`showModal()`), so the
//! page behind it is inert, focus moves into it and stays there, and Escape closes it. However
//! it closes (Escape, its Close button, a click on the backdrop), focus goes back to the button.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Drawer(
    /// The dialog's id (the button's `aria-controls`).
    id: &'static str,
    /// The id of the heading inside that names the dialog.
    labelledby: &'static str,
    /// The button's text.
    label: &'static str,
    /// The button's class.
    class: &'static str,
    /// Set when the drawer opens (for content drawn only once it has been opened).
    #[prop(optional)]
    opened: Option<RwSignal<bool>>,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let button = NodeRef::<html::Button>::new();
    let open = move |_| {
        if let Some(o) = opened {
            if !o.get_untracked() {
                o.set(true);
            }
        }
        if let Some(d) = dialog.get_untracked() {
            if !d.open() && d.show_modal().is_err() {
                // a dialog the browser cannot show modally is still shown
                d.set_open(true);
            }
        }
    };
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    // a click on the backdrop lands on the dialog itself (its content fills it)
    let backdrop = move |e: web_sys::MouseEvent| {
        let on_dialog = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDialogElement>().ok())
            .is_some();
        if on_dialog {
            close();
        }
    };
    let give_back = move |_| {
        if let Some(b) = button.get_untracked() {
            let _ = b.focus();
        }
    };
    view! {
        <button type="button" class=format!("tool {class}") node_ref=button aria-haspopup="dialog" aria-controls=id on:click=open>
            {label}
        </button>
        <dialog id=id class="drawer" node_ref=dialog aria-labelledby=labelledby on:close=give_back on:click=backdrop>
            <div class="drawer-body">
                <button type="button" class="drawer-close" on:click=move |_| close()>"Close"</button>
                {children()}
            </div>
        </dialog>
    }
}
