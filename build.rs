//! Embeds the bundled articles (`articles/*.txt` and `articles/manifest.json`) into the page, so
//! the default corpus needs no request and no set-up: read through the core's `ingest` as the
//! CLI reads the folder, and with their Report, computed here by the same core (`analyze`), so
//! that the page draws the bundled articles' dashboard at once, before its worker has loaded,
//! and its own wasm links neither `ingest` nor the extraction.
use crosscheck_core::{analyze, ingest, manifest};
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=articles");
    let mut files: Vec<_> = std::fs::read_dir("articles")
        .expect("articles/ beside Cargo.toml")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let entries = manifest::parse(
        &std::fs::read_to_string("articles/manifest.json").expect("articles/manifest.json"),
    );
    println!("cargo:rerun-if-changed=articles/manifest.json");
    let mut inputs = Vec::new();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(f).expect("article");
        if let Some(input) = ingest::ingest(&name, &bytes, manifest::find(&entries, &name)).input {
            inputs.push(input);
        }
    }
    let mut out = String::from(
        "/// The bundled articles as `ingest` read them: id, text, title, outlet, date, url.\n\
         pub const INPUTS: &[Bundled] = &[\n",
    );
    for a in &inputs {
        writeln!(
            out,
            "    ({:?}, {:?}, {:?}, {:?}, {:?}, {:?}),",
            a.id, a.text, a.title, a.outlet, a.date, a.url
        )
        .unwrap();
    }
    out.push_str("];\n");
    writeln!(
        out,
        "/// Their Report (`crosscheck_core::analyze`), as the core's JSON.\npub const REPORT: &str = {:?};",
        analyze(&inputs).to_json_line()
    )
    .unwrap();
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("bundled.rs");
    std::fs::write(dest, out).unwrap();
}
