//! Fingerprints that identify a finding across edits: they ignore lines and columns.

/// A 64-bit FNV-1a hash of `parts`, as 16 hex digits (stable across builds and platforms).
pub fn hash(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes().iter().chain(std::iter::once(&0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// Claim text as it counts for a fingerprint: lower case, runs of white space as one space.
pub fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_and_separate_their_parts() {
        assert_eq!(hash(&[]), "cbf29ce484222325");
        assert_eq!(hash(&["a", "b"]), hash(&["a", "b"]));
        assert_ne!(hash(&["ab", ""]), hash(&["a", "b"]));
        assert_eq!(normalise(" 3.3\n  Million "), "3.3 million");
    }
}
