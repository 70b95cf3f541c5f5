//! How large a template context is, for the fuel of the built-in templates (see
//! [`super::Limits`]), counted without writing it.
//!
//! The size is that of the context as compact JSON, or a little more: every string,
//! whole number, `true`, `false`, `null`, key, comma and bracket is counted exactly as
//! `serde_json` writes it, escapes included; a fractional number counts as the longest
//! one JSON can hold (24 bytes) instead of being formatted. A list of rows made when
//! read that knows a bound on each row's length ([`Made::with_size`]: the answers of a
//! report, one per team and item) adds up those bounds instead of making its rows
//! (`answer_json_bound_is_at_least_the_json`). So the count is never below the JSON's
//! length (`size_bound_is_at_least_the_json` proves it on random values,
//! `report_size_bound_is_at_least_the_json` on the examples' reports), and above it by
//! at most 24 bytes per fractional number, a few bytes per flag of an answer and the
//! length of an answer's text of blanks (left out of the report): the built-in
//! templates get at least the fuel the JSON's length gave them, and never more than a
//! small multiple of it.
//!
//! [`Made::with_size`]: crate::analyse::rows::Made::with_size

use serde::ser::{self, Serialize};

use crate::analyse::json_len::{FLOAT, signed_len, string_len, unsigned_len};
#[cfg(test)]
use crate::analyse::json_len::{STRING_BYTES, escape_extra, needs_escape};

/// The JSON length of `value`, or a little more (see the module documentation).
/// `None` when the value cannot be serialised (it then fails again when rendered).
pub fn size_bound<S: Serialize + ?Sized>(value: &S) -> Option<usize> {
    let mut counter = Counter {
        len: 0,
        was_str: false,
    };
    // Lists whose rows know their sizes add them up instead of making the rows.
    let (done, sized) = crate::analyse::rows::counting_sizes(|| value.serialize(&mut counter));
    done.ok()?;
    Some(counter.len.saturating_add(sized))
}

/// The error of a value that cannot be serialised (a map key that is no string).
#[derive(Debug)]
pub struct Unmeasurable(String);

impl std::fmt::Display for Unmeasurable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unmeasurable {}

impl ser::Error for Unmeasurable {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Unmeasurable(msg.to_string())
    }
}

struct Counter {
    len: usize,
    /// Whether the last value counted was a string (for map keys: a key that is not
    /// a string is written in quotes).
    was_str: bool,
}

/// A list or map being counted: a comma before every element but the first.
struct Compound<'a> {
    counter: &'a mut Counter,
    first: bool,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.counter.len += 1;
        }
    }
}

type Result<T = ()> = std::result::Result<T, Unmeasurable>;

impl<'a> ser::Serializer for &'a mut Counter {
    type Ok = ();
    type Error = Unmeasurable;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result {
        self.len += if v { 4 } else { 5 };
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.serialize_i128(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.serialize_i128(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.serialize_i128(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result {
        self.serialize_i128(v.into())
    }
    fn serialize_i128(self, v: i128) -> Result {
        self.len += signed_len(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.serialize_u128(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.serialize_u128(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.serialize_u128(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.serialize_u128(v.into())
    }
    fn serialize_u128(self, v: u128) -> Result {
        self.len += unsigned_len(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result {
        // JSON writes a number that is not finite as `null`.
        self.len += if v.is_finite() { FLOAT } else { 4 };
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result {
        self.len += string_len(v);
        self.was_str = true;
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result {
        // A list of numbers.
        self.len += 2 + v.len().saturating_sub(1);
        self.len += v.iter().map(|&b| unsigned_len(b.into())).sum::<usize>();
        Ok(())
    }
    fn serialize_none(self) -> Result {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.len += 4;
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        // {"variant":value}
        self.len += string_len(variant) + 3;
        value.serialize(self)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>> {
        self.len += 2;
        Ok(Compound {
            counter: self,
            first: true,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>> {
        // {"variant":[…]}
        self.len += string_len(variant) + 3;
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>> {
        self.len += 2;
        Ok(Compound {
            counter: self,
            first: true,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a>> {
        // {"variant":{…}}
        self.len += string_len(variant) + 3;
        self.serialize_map(Some(len))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Unmeasurable;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.comma();
        value.serialize(&mut *self.counter)
    }
    fn end(self) -> Result {
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Unmeasurable;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Unmeasurable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result {
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Unmeasurable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result {
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Unmeasurable;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.comma();
        // JSON keys are strings; a number key is written in quotes. Then the `:`.
        self.counter.was_str = false;
        key.serialize(&mut *self.counter)?;
        self.counter.len += if self.counter.was_str { 1 } else { 3 };
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        value.serialize(&mut *self.counter)
    }
    fn end(self) -> Result {
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Unmeasurable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.comma();
        self.counter.len += string_len(key) + 1;
        value.serialize(&mut *self.counter)
    }
    fn end(self) -> Result {
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Unmeasurable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn json_len<S: Serialize>(v: &S) -> usize {
        serde_json::to_vec(v).map(|j| j.len()).unwrap_or(0)
    }

    /// Random JSON values: strings with quotes, backslashes and control characters,
    /// whole and fractional numbers of every size, nested lists and maps.
    fn values() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<u64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(serde_json::Value::from),
            (-1e6f64..1e6).prop_map(serde_json::Value::from),
            "[a-z \"\\\\\u{0}-\u{1f}é€😀]{0,12}".prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
                prop::collection::vec(("[a-z\"\\\\\u{1}]{0,6}", inner), 0..6)
                    .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    /// Counts every fractional number in `v`.
    fn floats(v: &serde_json::Value) -> usize {
        match v {
            serde_json::Value::Number(n) if n.is_f64() => 1,
            serde_json::Value::Array(a) => a.iter().map(floats).sum(),
            serde_json::Value::Object(m) => m.values().map(floats).sum(),
            _ => 0,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Never below the JSON's length, and above it only by what the fractional
        /// numbers are given beyond their text.
        #[test]
        fn size_bound_is_at_least_the_json(v in values()) {
            let json = json_len(&v);
            let bound = size_bound(&v).unwrap();
            prop_assert!(bound >= json, "{bound} < {json} for {v}");
            prop_assert!(bound <= json + FLOAT * floats(&v), "{bound} for {json}: {v}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// A string's length counted 32 bytes at a time is its length as JSON.
        #[test]
        fn string_len_is_the_json_length(text in prop::collection::vec(
            prop_oneof![
                any::<char>(),
                Just('"'),
                Just('\\'),
                Just('\n'),
                (0u32..0x21).prop_map(|c| char::from_u32(c).unwrap_or(' ')),
                Just('\u{7f}'),
                Just('é'),
            ],
            0..120,
        )) {
            let text: String = text.into_iter().collect();
            prop_assert_eq!(string_len(&text), serde_json::to_string(&text).unwrap().len());
        }
    }

    proptest! {
        /// The eight-bytes-at-a-time test says what a test of each byte says.
        #[test]
        fn needs_escape_is_a_byte_scan(bytes in prop::collection::vec(
            prop_oneof![any::<u8>(), Just(b'"'), Just(b'\\'), 0u8..0x21, 0x7fu8..0xa2],
            0..40,
        )) {
            let slow = bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
            prop_assert_eq!(needs_escape(&bytes), slow, "{:?}", bytes);
        }
    }

    /// Every byte: what `escape_extra` adds is what the table says JSON writes.
    #[test]
    fn escape_extra_is_the_table() {
        for b in 0..=u8::MAX {
            assert_eq!(
                escape_extra(b) + 1,
                STRING_BYTES[usize::from(b)],
                "byte {b:#04x}"
            );
        }
    }

    /// Exactly the JSON's length when there is no fractional number.
    #[test]
    fn exact_without_fractions() {
        let v = serde_json::json!({
            "a\"b": [1, -22, 333, true, false, null, "x\n\u{1}\\\"y"],
            "nested": {"": [], "k": {}},
            "big": u64::MAX,
            "small": i64::MIN,
        });
        assert_eq!(size_bound(&v), Some(json_len(&v)));
        #[derive(serde::Serialize)]
        enum E {
            Unit,
            New(u8),
            Tuple(u8, bool),
            Struct { a: Option<u8> },
        }
        #[derive(serde::Serialize)]
        struct S {
            e: Vec<E>,
            c: char,
            t: (u8, String),
            m: std::collections::BTreeMap<u32, u8>,
        }
        let s = S {
            e: vec![E::Unit, E::New(7), E::Tuple(1, true), E::Struct { a: None }],
            c: '"',
            t: (4, "é".into()),
            m: [(10, 1), (2, 3)].into_iter().collect(),
        };
        assert_eq!(size_bound(&s), Some(json_len(&s)));
    }

    /// A whole report: the count with the answers' bounds is never below its JSON.
    #[test]
    fn report_size_bound_is_at_least_the_json() {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        for file in [
            "examples/kindcentrum-de-regenboog.toml",
            "examples/vo-het-baken.toml",
            "examples/sportclub/vv-de-zwaluwen.toml",
        ] {
            let loaded = crate::load::Loader::new()
                .load(&crate::load::Input::File(root.join(file)))
                .unwrap()
                .loaded;
            let crate::load::Loaded::Session(session) = loaded else {
                panic!("{file} is no session");
            };
            let report = crate::analyse::report::report(&session);
            let json = serde_json::to_string(&report).unwrap().len();
            let bound = size_bound(&report).unwrap();
            assert!(bound >= json, "{file}: {bound} < {json}");
            // Not far above it either: the fuel stays in proportion to the report.
            assert!(bound <= json * 2, "{file}: {bound} against {json}");
        }
    }
}
