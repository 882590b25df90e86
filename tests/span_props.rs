//! Property: for any input bytes, read as a plain-text document and extracted, every mention's
//! location in the original file starts and ends on character boundaries of the original, and the
//! original bytes there are the mention's text (in the file's own encoding).

use proptest::prelude::*;
use tipcheck::document::{Document, Encoding, InputFormat};
use tipcheck::extract::extract;

/// Pieces articles are made of, valid or not: numbers in many styles, words, multi-byte
/// characters, line endings, and bytes that are not UTF-8.
fn piece() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::sample::select(vec![
            "3.3 million",
            "38%",
            "one-third",
            "1,00,000",
            "27.6m",
            "US$236bn",
            "nine out of 10",
            "between 20 and 30 million",
            "tripled",
            "2022",
            "half a million",
            "10.6 per 1,000",
            "40 lakh",
            " ",
            ", ",
            ". ",
            "\n",
            "\r\n",
            "\r",
            "victims",
            "children",
            "é",
            "“",
            "”",
            "—",
            "😀",
            "\u{a0}",
            "\u{feff}",
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
        prop::sample::select(vec![
            vec![0xFF],
            vec![0xC3],
            vec![0xE2, 0x82],
            vec![0x80, 0x80],
            vec![0xF0, 0x9F, 0x98],
            vec![0xED, 0xA0, 0x80],
        ]),
        "[0-9]{1,40}".prop_map(|s| s.into_bytes()),
    ]
}

/// Whole inputs: pieces joined, maybe behind a UTF-8 mark or transcoded to UTF-16 with a mark,
/// or arbitrary bytes.
fn input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => (prop::collection::vec(piece(), 0..40), 0..4u8).prop_map(|(pieces, wrap)| {
            let bytes: Vec<u8> = pieces.concat();
            match wrap {
                1 => [b"\xEF\xBB\xBF".as_slice(), &bytes].concat(),
                2 | 3 => {
                    let text = String::from_utf8_lossy(&bytes);
                    let units = text.encode_utf16();
                    let mut out = if wrap == 2 { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
                    for u in units {
                        out.extend(if wrap == 2 { u.to_le_bytes() } else { u.to_be_bytes() });
                    }
                    out
                }
                _ => bytes,
            }
        }),
        1 => prop::collection::vec(any::<u8>(), 0..400),
    ]
}

/// True when `at` does not fall inside a valid UTF-8 sequence of `bytes`.
fn on_boundary(bytes: &[u8], at: usize) -> bool {
    // Walk the sequences as a lossy decoder does and see whether `at` is one of their edges.
    let mut edge = 0;
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if edge == at {
                return true;
            }
            edge += c.len_utf8();
        }
        if edge == at {
            return true;
        }
        edge += chunk.invalid().len();
    }
    edge == at
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn mentions_locate_to_their_own_bytes_on_character_boundaries(bytes in input()) {
        let doc = Document::from_bytes("draft.txt", bytes.clone(), InputFormat::Text);
        for m in extract(&doc.text) {
            let text = doc.text.get(m.start..m.end);
            prop_assert!(text.is_some(), "mention {}..{} is not whole characters", m.start, m.end);
            let text = text.unwrap_or_default();
            let loc = doc.locate(m.start, m.end);
            prop_assert!(loc.start <= loc.end && loc.end <= bytes.len());
            let original = &bytes[loc.start..loc.end];
            match doc.encoding {
                Encoding::Utf8 | Encoding::Utf8Bom => {
                    prop_assert!(on_boundary(&bytes, loc.start) && on_boundary(&bytes, loc.end));
                    prop_assert_eq!(original, text.as_bytes());
                }
                Encoding::Utf16Le | Encoding::Utf16Be => {
                    prop_assert!(loc.start.is_multiple_of(2) && loc.end.is_multiple_of(2));
                    let units: Vec<u16> = original
                        .chunks(2)
                        .map(|p| match doc.encoding {
                            Encoding::Utf16Le => u16::from_le_bytes([p[0], p[1]]),
                            _ => u16::from_be_bytes([p[0], p[1]]),
                        })
                        .collect();
                    let decoded = String::from_utf16(&units).ok();
                    prop_assert_eq!(decoded.as_deref(), Some(text));
                }
            }
        }
    }
}
