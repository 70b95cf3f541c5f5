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
}
