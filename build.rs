//! Compresses the message catalog (`i18n/<language>/*.ftl`) into `OUT_DIR` with
//! deflate, so the binary carries about a quarter of its text; `catalog` inflates a
//! file the first time one of its messages is shown.

use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo::rerun-if-changed=i18n");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for language in fs::read_dir("i18n").expect("the i18n folder") {
        let language = language.expect("a language folder").path();
        let Some(tag) = language.file_name() else {
            continue;
        };
        let into = Path::new(&out).join(tag);
        fs::create_dir_all(&into).expect("a folder in OUT_DIR");
        for file in fs::read_dir(&language).expect("a language folder") {
            let path = file.expect("a catalog file").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = fs::read(&path).expect("a catalog file");
                let packed = miniz_oxide::deflate::compress_to_vec(&text, 10);
                let name = path.file_name().expect("a file name").to_string_lossy();
                fs::write(into.join(format!("{name}.z")), packed).expect("OUT_DIR is writable");
            }
        }
    }
}
