//! Terminal colours, on or off.

/// ANSI styling that can be switched off (for pipes, `--color never` and `NO_COLOR`).
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// True to emit colour codes.
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// Bold red, for errors.
    pub fn error(&self, text: &str) -> String {
        self.paint("1;31", text)
    }

    /// Bold yellow, for warnings.
    pub fn warning(&self, text: &str) -> String {
        self.paint("1;33", text)
    }

    /// Bold cyan, for notes.
    pub fn note(&self, text: &str) -> String {
        self.paint("1;36", text)
    }

    /// Bold green, for agreement.
    pub fn ok(&self, text: &str) -> String {
        self.paint("1;32", text)
    }

    /// Bold blue, for the gutter and locations.
    pub fn gutter(&self, text: &str) -> String {
        self.paint("1;34", text)
    }

    /// Bold, for messages.
    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }
}
