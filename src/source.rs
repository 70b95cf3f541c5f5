//! A file's name and text, and the mapping from byte offsets to lines and columns.
//!
//! Owns reading bytes into text (size limit, BOM, UTF-8, UTF-16 detection) so every
//! command treats encodings alike. Knows nothing of TOML.

use std::ops::Range;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// One input's text, with the name it is shown under in messages.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name shown in messages: the path as the user gave it, or `<stdin>`.
    pub name: String,
    /// The text, without a byte-order mark.
    pub text: String,
    line_starts: Vec<usize>,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        Source {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// Where each line starts, in bytes: 0 first, then one past every line feed.
    pub fn line_starts(&self) -> &[usize] {
        &self.line_starts
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let column = self.text[start..offset].chars().count() + 1;
        (line + 1, column)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&next| next - 1);
        let text = &self.text[start..end.max(start)];
        text.strip_suffix('\r').unwrap_or(text)
    }

    /// A byte offset moved back onto a character boundary inside the text.
    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// Line, column and caret width for a span, as shown under the source line.
    pub fn locate(&self, span: &Range<usize>) -> Location {
        let (line, column) = self.line_col(span.start);
        let line_text = self.line_text(line);
        let start = self.clamp(span.start);
        let end = self.clamp(span.end.max(span.start));
        let in_line = &self.text[start..end];
        let in_line = in_line.split(['\n', '\r']).next().unwrap_or("");
        let width = in_line.chars().count().max(1);
        let available = line_text.chars().count().saturating_sub(column - 1);
        Location {
            line,
            column,
            width: width.min(available.max(1)),
        }
    }
}

/// Where a span starts, and how many characters of its first line it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub width: usize,
}

/// Why a file's bytes could not be turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Utf16,
    InvalidUtf8 {
        offset: usize,
        line: usize,
        column: usize,
        /// The line as far as it can be read, bad bytes shown as `�`, so the message can
        /// show it with a caret.
        line_text: String,
    },
    Nul {
        line: usize,
        column: usize,
        line_text: String,
    },
}

/// Bytes to text: a UTF-8 BOM is dropped, UTF-16 and invalid UTF-8 are refused.
pub fn decode(bytes: Vec<u8>) -> Result<String, DecodeError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || looks_utf16(&bytes) {
        return Err(DecodeError::Utf16);
    }
    let bytes = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => match memchr::memchr(0, text.as_bytes()) {
            Some(pos) => {
                let (line, column) = Source::new("", &text[..pos]).line_col(pos);
                let line_text = line_around(text.as_bytes(), pos);
                Err(DecodeError::Nul {
                    line,
                    column,
                    line_text,
                })
            }
            None => Ok(text),
        },
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let valid = String::from_utf8_lossy(&bytes[..offset]).into_owned();
            let (line, column) = Source::new("", valid).line_col(offset);
            Err(DecodeError::InvalidUtf8 {
                offset,
                line,
                column,
                line_text: line_around(&bytes, offset),
            })
        }
    }
}

/// The line holding byte `at`, without its line ending, decoded leniently.
fn line_around(bytes: &[u8], at: usize) -> String {
    let at = at.min(bytes.len());
    let start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let end = bytes[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| at + p);
    let line = String::from_utf8_lossy(&bytes[start..end]);
    line.strip_suffix('\r').unwrap_or(&line).to_string()
}

/// UTF-16 without a BOM: of the first characters, every other byte is zero.
fn looks_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(16)];
    if head.len() < 4 {
        return false;
    }
    let even_zero = head.iter().step_by(2).all(|&b| b == 0);
    let odd_zero = head.iter().skip(1).step_by(2).all(|&b| b == 0);
    even_zero != odd_zero
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let s = Source::new("t", "a = 1\r\nnaam = \"één\" x\n");
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col(7), (2, 1));
        let x = s.text.find('x').unwrap();
        assert_eq!(s.line_col(x), (2, 14));
        assert_eq!(s.line_text(1), "a = 1");
    }

    #[test]
    fn decode_refuses_utf16_and_bad_bytes() {
        assert_eq!(decode(vec![0xFF, 0xFE, b'a', 0]), Err(DecodeError::Utf16));
        assert_eq!(decode(vec![0xEF, 0xBB, 0xBF, b'a']).unwrap(), "a");
        assert!(matches!(
            decode(b"a = 1\nb = \xff".to_vec()),
            Err(DecodeError::InvalidUtf8 {
                line: 2,
                column: 5,
                ..
            })
        ));
    }
}
