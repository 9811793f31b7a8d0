//! Crosscheck's web page: mounts the app.
fn main() {}
