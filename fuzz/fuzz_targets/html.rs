//! Fuzzes the html target: see `fuzz/checks.rs` for what it runs and checks.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::html(data));
