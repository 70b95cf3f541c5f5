//! The lengths of values as compact JSON (`serde_json`'s), counted without writing
//! them: for the count of a template context's size (`render::measure`) and the rows
//! that know their own size ([`super::rows::Made::with_size`]).

/// The longest `f64` as JSON text (`-2.2250738585072014e-308`).
pub const FLOAT: usize = 24;

/// How many bytes JSON writes for each byte of a string: 1, 2 for `"`, `\` and the
/// control characters with a short escape, 6 for the other control characters.
pub const STRING_BYTES: [u8; 256] = {
    let mut t = [1u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = 6;
        b += 1;
    }
    t[0x08] = 2;
    t[0x09] = 2;
    t[0x0a] = 2;
    t[0x0c] = 2;
    t[0x0d] = 2;
    t[b'"' as usize] = 2;
    t[b'\\' as usize] = 2;
    t
};

/// The length of `s` as a JSON string, quotes and escapes included: each byte as
/// [`STRING_BYTES`] says, summed 32 bytes at a time with arithmetic the compiler runs
/// on a whole block at once (answers are long, and most have line breaks to escape).
pub fn string_len(s: &str) -> usize {
    const BLOCK: usize = 32;
    let bytes = s.as_bytes();
    let blocks = bytes.chunks_exact(BLOCK);
    let tail = blocks.remainder();
    let mut extra = 0usize;
    for block in blocks {
        // At most 5 a byte, 160 a block: a byte holds a block's sum.
        extra += usize::from(block.iter().fold(0u8, |sum, &b| sum + escape_extra(b)));
    }
    // The rest (and most names, labels and keys, which are short): eight bytes at a
    // time to find out whether it has anything to escape.
    if needs_escape(tail) {
        extra += tail
            .iter()
            .map(|&b| usize::from(escape_extra(b)))
            .sum::<usize>();
    }
    bytes.len() + extra + 2
}

/// Whether any byte is a control character, a quote or a backslash
/// (`needs_escape_is_a_byte_scan`).
pub fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte of `x` is zero: the classic test, exact for whether any byte is.
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // A byte is below 0x20 when its top three bits are clear.
        let small = zero(x & 0xE0E0_E0E0_E0E0_E0E0);
        if small || zero(x ^ (ONES * u64::from(b'"'))) || zero(x ^ (ONES * u64::from(b'\\'))) {
            return true;
        }
    }
    chunks
        .remainder()
        .iter()
        .any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// The bytes JSON writes for `b` beyond the byte itself: [`STRING_BYTES`]` - 1`
/// (`escape_extra_is_the_table`), without a look-up so that a block of bytes is summed
/// at once.
#[inline(always)]
pub fn escape_extra(b: u8) -> u8 {
    let control = u8::from(b < 0x20);
    let short = u8::from(b == 0x08) | u8::from(b == 0x09) | u8::from(b == 0x0a);
    let short = short | u8::from(b == 0x0c) | u8::from(b == 0x0d);
    let quoted = u8::from(b == b'"') | u8::from(b == b'\\');
    // A short escape (`\n`) is a control character: 5 - 4 = 1.
    control * 5 - short * 4 + quoted
}

/// The length of `n` as JSON.
pub fn unsigned_len(mut n: u128) -> usize {
    let mut len = 1;
    while n >= 10 {
        n /= 10;
        len += 1;
    }
    len
}

/// The length of `n` as JSON.
pub fn signed_len(n: i128) -> usize {
    usize::from(n < 0) + unsigned_len(n.unsigned_abs())
}
