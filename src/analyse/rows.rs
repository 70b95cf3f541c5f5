//! [`Rows`]: the long lists of an analysis (a row per team, per team and item), shared
//! instead of copied, and handed to templates one row at a time.
//!
//! A template context is turned into template values before rendering. Done at once,
//! a report of 60,000 teams became gigabytes of values (a map per team and item), many
//! times its own size. `Rows` serialises for a template as a list object that makes the
//! value of a row when the template reads that row, and drops it after; for anything
//! else (JSON) it is a plain list, so the JSON is the same byte for byte.

use std::sync::Arc;

use minijinja::value::{Enumerator, Object, ObjectRepr, Value};
use serde::{Serialize, Serializer};

/// A list of rows that templates read lazily. Reads as a slice (`rows.iter()`,
/// `rows[i]`, `rows.len()`); cloning shares it.
#[derive(Debug)]
pub struct Rows<T>(Arc<Vec<T>>);

impl<T> Clone for Rows<T> {
    fn clone(&self) -> Self {
        Rows(Arc::clone(&self.0))
    }
}

impl<T> Default for Rows<T> {
    fn default() -> Self {
        Rows(Arc::new(Vec::new()))
    }
}

impl<T> From<Vec<T>> for Rows<T> {
    fn from(v: Vec<T>) -> Self {
        Rows(Arc::new(v))
    }
}

impl<T> FromIterator<T> for Rows<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Rows(Arc::new(iter.into_iter().collect()))
    }
}

impl<T: 'static> Rows<T> {
    /// The rows behind a template value made from a `Rows<T>` (shared, not copied), for
    /// template functions written in Rust; `None` for any other value.
    pub fn from_value(value: &Value) -> Option<Rows<T>> {
        value
            .downcast_object_ref::<Lazy<T>>()
            .map(|lazy| Rows(Arc::clone(&lazy.0)))
    }
}

impl<T> std::ops::Deref for Rows<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<'a, T> IntoIterator for &'a Rows<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: PartialEq> PartialEq for Rows<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<T> Serialize for Rows<T>
where
    T: Serialize + std::fmt::Debug + Send + Sync + 'static,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if minijinja::value::serializing_for_value() {
            Value::from_object(Lazy(Arc::clone(&self.0))).serialize(serializer)
        } else {
            serializer.collect_seq(self.0.iter())
        }
    }
}

/// The template's view of [`Rows`]: a list whose items are made when read.
#[derive(Debug)]
struct Lazy<T>(Arc<Vec<T>>);

impl<T> Object for Lazy<T>
where
    T: Serialize + std::fmt::Debug + Send + Sync + 'static,
{
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let row = self.0.get(key.as_usize()?)?;
        Some(Value::from(minijinja::value::Serde(row)))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.0.len())
    }
}

/// A list whose rows are made when read, from what the list keeps (a team, an item's
/// code): for the rows per team and item, which exist for every item whether the team
/// answered it or not, so keeping them made would cost memory the input does not pay
/// for. Templates read it as [`Rows`] does; anything else (JSON) sees a plain list.
pub struct Made<T> {
    len: usize,
    make: Arc<dyn Fn(usize) -> T + Send + Sync>,
    /// At least the length of row `i` as JSON, known without making it (see
    /// [`Made::with_size`]).
    size: Option<Arc<dyn Fn(usize) -> usize + Send + Sync>>,
}

impl<T> Clone for Made<T> {
    fn clone(&self) -> Self {
        Made {
            len: self.len,
            make: Arc::clone(&self.make),
            size: self.size.clone(),
        }
    }
}

thread_local! {
    /// While a context's length is counted ([`counting_sizes`]): what the lists that
    /// know their rows' sizes added.
    static SIZED: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

/// Runs `count`, a count of a context's length as JSON, with every [`Made`] list that
/// knows its rows' sizes adding at least its JSON length here instead of making its
/// rows (and being counted as `null`). Returns what `count` returned and that sum.
pub fn counting_sizes<R>(count: impl FnOnce() -> R) -> (R, usize) {
    let before = SIZED.replace(Some(0));
    let done = count();
    let sized = SIZED.replace(before).unwrap_or(0);
    (done, sized)
}

impl<T> std::fmt::Debug for Made<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Made({} rows)", self.len)
    }
}

impl<T> Made<T> {
    /// `len` rows; row `i` is `make(i)`, called each time the row is read.
    pub fn new(len: usize, make: impl Fn(usize) -> T + Send + Sync + 'static) -> Self {
        Made {
            len,
            make: Arc::new(make),
            size: None,
        }
    }

    /// The same rows, with `size(i)` at least the length of row `i` as JSON: counting
    /// the context's length for the template's fuel then adds these up instead of
    /// making every row (`render::measure`).
    pub fn with_size(self, size: impl Fn(usize) -> usize + Send + Sync + 'static) -> Self {
        Made {
            size: Some(Arc::new(size)),
            ..self
        }
    }

    /// At least the length of the list as JSON (brackets, commas and rows), when its
    /// rows know their sizes.
    pub fn size_bound(&self) -> Option<usize> {
        let size = self.size.as_ref()?;
        let rows = (0..self.len).fold(0usize, |sum, i| sum.saturating_add(size(i)));
        Some(rows.saturating_add(2 + self.len.saturating_sub(1)))
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Row `i`, made now.
    pub fn get(&self, i: usize) -> Option<T> {
        (i < self.len).then(|| (self.make)(i))
    }

    /// Every row in order, each made when reached.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        (0..self.len).map(|i| (self.make)(i))
    }
}

/// Rows already made (a short list, a test): each read clones one.
impl<T: Clone + Send + Sync + 'static> From<Vec<T>> for Made<T> {
    fn from(v: Vec<T>) -> Self {
        let len = v.len();
        Made::new(len, move |i| v[i].clone())
    }
}

impl<T> Serialize for Made<T>
where
    T: Serialize + Send + Sync + 'static,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if minijinja::value::serializing_for_value() {
            return Value::from_object(MadeSeq(self.clone())).serialize(serializer);
        }
        if let Some(sum) = SIZED.get()
            && let Some(size) = self.size_bound()
        {
            SIZED.set(Some(sum.saturating_add(size)));
            return serializer.serialize_unit();
        }
        serializer.collect_seq(self.iter())
    }
}

/// The template's view of [`Made`].
struct MadeSeq<T>(Made<T>);

impl<T> std::fmt::Debug for MadeSeq<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<T> Object for MadeSeq<T>
where
    T: Serialize + Send + Sync + 'static,
{
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let row = self.0.get(key.as_usize()?)?;
        Some(Value::from(minijinja::value::Serde(&row)))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.0.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Serialize)]
    struct Row {
        name: String,
        inner: Rows<i64>,
    }

    #[test]
    fn templates_read_rows_as_a_list_and_json_is_a_plain_list() {
        let rows: Rows<Row> = vec![
            Row {
                name: "a".into(),
                inner: vec![1, 2].into(),
            },
            Row {
                name: "b".into(),
                inner: Rows::default(),
            },
        ]
        .into();
        assert_eq!(
            serde_json::to_string(&rows).unwrap(),
            r#"[{"name":"a","inner":[1,2]},{"name":"b","inner":[]}]"#
        );
        let env = minijinja::Environment::new();
        let out = env
            .render_str(
                "{{ rows|length }}:{% for r in rows %}{{ r.name }}{{ r.inner|length }}\
                 {% if r.inner %}+{% endif %}{% if not loop.last %},{% endif %}{% endfor %}\
                 :{{ rows[-1].name }}:{{ rows[0].inner[1] }}:{{ rows|map(attribute='name')|join }}\
                 :{{ rows[0].inner }}{{ rows[1].inner }}:{{ rows|reverse|map(attribute='name')|join }}",
                minijinja::context! { rows => Value::from(minijinja::value::Serde(&rows)) },
            )
            .unwrap();
        assert_eq!(out, "2:a2+,b0:b:2:ab:[1, 2][]:ba");
    }

    #[test]
    fn made_rows_read_like_rows_in_templates_and_json() {
        let made: Made<Row> = Made::new(3, |i| Row {
            name: format!("r{i}"),
            inner: (0..i as i64).collect(),
        });
        let kept: Rows<Row> = made.iter().collect();
        assert_eq!(
            serde_json::to_string(&made).unwrap(),
            serde_json::to_string(&kept).unwrap()
        );
        assert_eq!(made.get(3).map(|r| r.name), None);
        let env = minijinja::Environment::new();
        let template = "{{ rows|length }}:{% for r in rows %}{{ r.name }}{{ r.inner|length }}\
                        {% if not loop.last %},{% endif %}{% endfor %}:{{ rows[-1].name }}\
                        :{{ rows[2].inner[1] }}:{{ rows|reverse|map(attribute='name')|join }}";
        let render = |v: Value| {
            env.render_str(template, minijinja::context! { rows => v })
                .unwrap()
        };
        let a = render(Value::from(minijinja::value::Serde(&made)));
        assert_eq!(a, render(Value::from(minijinja::value::Serde(&kept))));
        assert_eq!(a, "3:r00,r11,r22:r2:1:r2r1r0");
    }

    /// Rows that know their sizes are added up while a length is counted, and are
    /// written as themselves everywhere else.
    #[test]
    fn sized_rows_add_their_sizes_only_while_counting() {
        let words = ["a", "bb", "ccc"];
        let made =
            Made::new(3, move |i| words[i].to_string()).with_size(move |i| words[i].len() + 2);
        let json = serde_json::to_string(&made).unwrap();
        assert_eq!(json, r#"["a","bb","ccc"]"#);
        assert_eq!(made.size_bound(), Some(json.len()));
        let (written, sized) = counting_sizes(|| serde_json::to_string(&made).unwrap());
        assert_eq!((written.as_str(), sized), ("null", json.len()));
        assert_eq!(counting_sizes(|| 0).1, 0, "nothing left over from before");
        assert_eq!(Made::new(0, |_| 0u8).with_size(|_| 1).size_bound(), Some(2));
        assert_eq!(Made::new(2, |_| 0u8).size_bound(), None);
    }
}
