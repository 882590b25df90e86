//! Links the `tipcheck` binary as a position-dependent executable on Linux (GNU): a PIE of this
//! size carries about 32,000 relocations that the loader applies at every start, touching some
//! 140 pages; without them a one-article check starts about 0.4 M instructions and 140 page
//! faults sooner (bench/README.md). The trade is address-space randomisation of the executable
//! image itself (libraries, stack and heap are still randomised), for a tool that reads text.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
