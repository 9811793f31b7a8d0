//! Embeds the bundled articles (`articles/*.txt` and `articles/manifest.json`) into the page, so
//! the default corpus needs no request and no set-up.
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=articles");
    let mut files: Vec<_> = std::fs::read_dir("articles")
        .expect("articles/ beside Cargo.toml")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = String::from(
        "/// The bundled articles: (file name, text).\npub const ARTICLES: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let abs = std::fs::canonicalize(f).expect("article path");
        let name = f.file_name().unwrap().to_string_lossy();
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            abs.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let manifest = std::fs::canonicalize("articles/manifest.json").expect("articles/manifest.json");
    writeln!(
        out,
        "/// The bundled articles' manifest.\npub const MANIFEST: &str = include_str!({:?});",
        manifest.display().to_string()
    )
    .unwrap();
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("bundled.rs");
    std::fs::write(dest, out).unwrap();
}
