//! The contents list of an HTML page, found while the page is written: the page goes
//! to a temporary file as it is made, and is then copied out with the list in place of
//! the marker, so a page of 60,000 teams is never held in memory, let alone twice.
//! [`Toc`] finds the same entries as `fill_toc` finds in the whole page.

use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};

/// The marker a page's contents list stands in for.
pub(super) const TOC_MARKER: &str = "<!--scan:toc-->";

const HEADING: &str = "<h2 id=\"";

/// The contents entries of a page given piece by piece.
#[derive(Debug, Default)]
pub(super) struct Toc {
    /// Where `pending` starts in the page, in bytes.
    start: u64,
    /// Text not searched through yet (or the start of an entry not complete yet).
    pending: String,
    /// The length of `pending` when it was last searched in vain: searched again once
    /// it has doubled, so a long wait for the end of an entry stays linear.
    searched: usize,
    /// Where the marker starts in the page, once found.
    marker: Option<u64>,
    items: String,
    /// An entry without its end: the list ends there.
    done: bool,
}

impl Toc {
    pub(super) fn push(&mut self, text: &str) {
        if self.done {
            return;
        }
        self.pending.push_str(text);
        if self.pending.len() >= 2 * self.searched.max(64) {
            self.scan(false);
        }
    }

    /// Where the marker is (`None`: the page has none) and the list to put there.
    pub(super) fn finish(mut self) -> (Option<u64>, String) {
        self.scan(true);
        let list = if self.items.is_empty() {
            String::new()
        } else {
            format!("<ul class=\"toc\">\n{}</ul>", self.items)
        };
        (self.marker, list)
    }

    fn scan(&mut self, end: bool) {
        if self.marker.is_none() {
            match self.pending.find(TOC_MARKER) {
                Some(at) => {
                    self.marker = Some(self.start + at as u64);
                    self.drop_front(at + TOC_MARKER.len());
                }
                None => {
                    self.keep_tail(TOC_MARKER.len() - 1);
                    return;
                }
            }
        }
        while !self.done {
            let Some(pos) = self.pending.find(HEADING) else {
                self.keep_tail(HEADING.len() - 1);
                return;
            };
            let rest = &self.pending[pos + HEADING.len()..];
            let (Some(end_id), Some(open_end), Some(close)) =
                (rest.find('"'), rest.find('>'), rest.find("</h2>"))
            else {
                if end {
                    self.done = true;
                } else {
                    self.drop_front(pos);
                    self.searched = self.pending.len();
                }
                return;
            };
            if close < open_end {
                self.done = true;
                return;
            }
            let id = &rest[..end_id];
            let mut text = String::new();
            let mut in_tag = false;
            for c in rest[open_end + 1..close].chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    _ if !in_tag => text.push(c),
                    _ => {}
                }
            }
            self.items
                .push_str(&format!("<li><a href=\"#{id}\">{}</a></li>\n", text.trim()));
            self.drop_front(pos + HEADING.len() + close);
        }
    }

    fn drop_front(&mut self, n: usize) {
        self.start += n as u64;
        self.pending.drain(..n);
        self.searched = 0;
    }

    /// Keeps the last `n` bytes (or a few more, to start on a character).
    fn keep_tail(&mut self, n: usize) {
        let mut cut = self.pending.len().saturating_sub(n);
        while !self.pending.is_char_boundary(cut) {
            cut -= 1;
        }
        self.drop_front(cut);
    }
}

/// A page being written to a temporary file while its contents are found.
pub(super) struct Spool {
    file: BufWriter<std::fs::File>,
    toc: Toc,
}

impl Spool {
    pub(super) fn new() -> io::Result<Spool> {
        Ok(Spool {
            file: BufWriter::new(tempfile::tempfile()?),
            toc: Toc::default(),
        })
    }

    /// The page, with its contents list in place of the marker, to `out`.
    pub(super) fn copy_to(self, out: &mut dyn Write) -> io::Result<()> {
        let mut file = self
            .file
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?;
        let (marker, list) = self.toc.finish();
        file.seek(SeekFrom::Start(0))?;
        if let Some(at) = marker {
            io::copy(&mut (&mut file).take(at), out)?;
            out.write_all(list.as_bytes())?;
            file.seek(SeekFrom::Start(at + TOC_MARKER.len() as u64))?;
        }
        io::copy(&mut file, out)?;
        Ok(())
    }
}

impl Write for Spool {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        // The template engine writes whole UTF-8 strings.
        let text = std::str::from_utf8(b).map_err(io::Error::other)?;
        self.toc.push(text);
        self.file.write_all(b)?;
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spooled(pieces: &[&str]) -> String {
        let mut spool = Spool::new().expect("temporary file");
        for p in pieces {
            spool.write_all(p.as_bytes()).expect("write");
        }
        let mut out = Vec::new();
        spool.copy_to(&mut out).expect("copy");
        String::from_utf8(out).expect("UTF-8")
    }

    /// Written in pieces of every size, a page gets the contents list that filling it
    /// in whole gives: markers and headings split anywhere, tags in headings, a
    /// heading without its end, no marker at all.
    #[test]
    fn a_page_written_in_pieces_gets_the_list_of_the_whole_page() {
        let pages = [
            "<html><!--scan:toc--><h2 id=\"a\">Één <em>x</em></h2><p>é</p><h2 id=\"b\" class=\"c\">B</h2>",
            "<p>no marker</p><h2 id=\"a\">A</h2>",
            "x<!--scan:toc-->y<h2 id=\"a\">A</h2><h2 id=\"b\">B",
            "<!--scan:toc--><h2 id=\"a\" </h2>>A</h2><h2 id=\"b\">B</h2>",
            "<!--scan:toc--><!--scan:toc--><h2 id=\"q\">Q</h2>",
            "",
        ];
        for page in pages {
            let whole = super::super::fill_toc(page.to_string());
            let chars: Vec<char> = page.chars().collect();
            for size in 1..=chars.len().max(1) {
                let pieces: Vec<String> = chars.chunks(size).map(|c| c.iter().collect()).collect();
                let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
                assert_eq!(spooled(&refs), whole, "{page:?} in pieces of {size}");
            }
        }
    }
}
