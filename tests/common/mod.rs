//! Helpers shared by the CLI tests: run the binary as a user would, from the project root.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The fixture tree: Markdown, HTML, text, a JSON Lines archive, a .gitignored file, a config.
pub const TREE: &str = "fixtures/tree";

/// The project root, where the tests run.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn command(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tipcheck"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("GITHUB_STEP_SUMMARY");
    cmd
}

/// Runs the binary from the project root.
pub fn tipcheck(args: &[&str]) -> Output {
    tipcheck_in(&root(), args)
}

/// Runs the binary from `dir`.
pub fn tipcheck_in(dir: &Path, args: &[&str]) -> Output {
    command(dir, args).output().expect("the binary runs")
}

/// Runs the binary from the project root with `input` on standard input.
pub fn tipcheck_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = command(&root(), args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input)
        .expect("stdin takes the input");
    child.wait_with_output().expect("the binary finishes")
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// Standard output parsed as one JSON value.
pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(out)))
}

/// The exit code, with stderr shown when it is not the one expected.
pub fn code(out: &Output) -> i32 {
    out.status.code().expect("the binary exited")
}
