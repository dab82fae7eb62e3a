//! The FORMAT.md JSON of the extraction layers, with Unicode code-point offsets.
//!
//! [`DocumentJson`] serializes a document's layers straight to the writer; [`document`] gives
//! the same JSON as a [`Value`]. Both write object keys in sorted order, the order of a
//! `serde_json` map. Building a `Value` tree (a map and a `String` per key of every
//! annotation), writing it and dropping it took about a quarter of `dossier extract`'s
//! instructions, more than any layer but entities; the direct path takes under a quarter of that.

use model::{Attribution, CharOffsets, Entity, Event, Quantity, Span, Timex};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::Value;

use crate::{Annotations, Layers};

/// One document as FORMAT.md describes it: `id`, `published`, and the requested layers.
/// The text is left out (the caller has it); offsets are code points into it.
pub fn document(
    id: &str,
    text: &str,
    published: Option<&str>,
    ann: &Annotations,
    layers: Layers,
) -> Value {
    serde_json::to_value(DocumentJson::new(id, text, published, ann, layers))
        .expect("a document serializes to a JSON value")
}

/// One document as FORMAT.md describes it, serialized without an intermediate [`Value`]:
/// `serde_json::to_writer(w, &DocumentJson::new(..))` writes what `document(..)` holds,
/// byte for byte.
pub struct DocumentJson<'a> {
    id: &'a str,
    text: &'a str,
    published: Option<&'a str>,
    ann: &'a Annotations,
    layers: Layers,
    offsets: CharOffsets,
    /// Fields the caller adds (title, source, ...), written among the others in key order.
    extra: Vec<(&'a str, Option<&'a str>)>,
}

impl<'a> DocumentJson<'a> {
    pub fn new(
        id: &'a str,
        text: &'a str,
        published: Option<&'a str>,
        ann: &'a Annotations,
        layers: Layers,
    ) -> DocumentJson<'a> {
        DocumentJson {
            id,
            text,
            published,
            ann,
            layers,
            offsets: CharOffsets::new(text),
            extra: Vec::new(),
        }
    }

    /// Adds the string field `key` (null when `value` is None). A key the document already
    /// has is replaced, as assigning it in a [`Value`] would.
    pub fn with_field(mut self, key: &'a str, value: Option<&'a str>) -> DocumentJson<'a> {
        match self.extra.iter_mut().find(|(k, _)| *k == key) {
            Some(field) => field.1 = value,
            None => self.extra.push((key, value)),
        }
        self
    }

    fn span(&self, span: Span) -> SpanJson<'a> {
        SpanJson {
            end: self.offsets.char_of(span.end),
            start: self.offsets.char_of(span.start),
            text: span.of(self.text),
        }
    }

    fn entity(&self, e: &'a Entity) -> EntityJson<'a> {
        EntityJson {
            canonical: &e.canonical,
            end: self.offsets.char_of(e.span.end),
            start: self.offsets.char_of(e.span.start),
            text: e.span.of(self.text),
            kind: e.kind.as_str(),
        }
    }

    fn timex(&self, t: &'a Timex) -> TimexJson<'a> {
        TimexJson {
            end: self.offsets.char_of(t.span.end),
            modifier: t.modifier.as_deref(),
            start: self.offsets.char_of(t.span.start),
            text: t.span.of(self.text),
            kind: t.kind.as_str(),
            value: &t.value,
        }
    }

    fn quantity(&self, q: &'a Quantity) -> QuantityJson<'a> {
        QuantityJson {
            approx: q.approx,
            end: self.offsets.char_of(q.span.end),
            high: q.high,
            start: self.offsets.char_of(q.span.start),
            text: q.span.of(self.text),
            unit: q.unit.as_deref(),
            unit_from_context: q.unit_from_context,
            value: q.value,
        }
    }

    fn attribution<'s>(&'s self, a: &'a Attribution) -> AttributionJson<'a, 's> {
        AttributionJson {
            anonymous: a.anonymous,
            audience: a.audience.as_deref(),
            certainty: a.factuality.certainty.as_str(),
            conditional: a.factuality.conditional,
            content_fragments: FragmentsJson {
                spans: &a.content_fragments,
                offsets: &self.offsets,
            },
            content_span: self.span(a.content_span),
            cue_span: self.span(a.cue_span),
            direct: a.direct,
            id: &a.id,
            kind: a.kind.as_str(),
            parent: a.parent.as_deref(),
            polarity: a.factuality.polarity.as_str(),
            relayed_by: &a.relayed_by,
            source: &a.source,
            source_span: a.source_span.map(|s| self.span(s)),
            when: a.when.as_deref(),
        }
    }

    fn event(&self, e: &'a Event) -> EventJson<'a> {
        EventJson {
            certainty: e.certainty.as_str(),
            end: self.offsets.char_of(e.span.end),
            polarity: e.polarity.as_str(),
            start: self.offsets.char_of(e.span.start),
            text: e.span.of(self.text),
            time: e.time.as_deref(),
        }
    }
}

/// What a top-level key of the document holds.
#[derive(Clone, Copy)]
enum Field<'a> {
    Str(Option<&'a str>),
    Entities,
    Timexes,
    Quantities,
    Attributions,
    Events,
}

impl Serialize for DocumentJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let ann = self.ann;
        let mut fields: Vec<(&str, Field<'_>)> = Vec::with_capacity(7 + self.extra.len());
        fields.push(("id", Field::Str(Some(self.id))));
        fields.push(("published", Field::Str(self.published)));
        let l = self.layers;
        let layers = [
            (l.entities, "entities", Field::Entities),
            (l.timexes, "timexes", Field::Timexes),
            (l.quantities, "quantities", Field::Quantities),
            (l.attributions, "attributions", Field::Attributions),
            (l.events, "events", Field::Events),
        ];
        for (wanted, key, field) in layers {
            if wanted {
                fields.push((key, field));
            }
        }
        for &(key, value) in &self.extra {
            match fields.iter_mut().find(|(k, _)| *k == key) {
                Some(field) => field.1 = Field::Str(value),
                None => fields.push((key, Field::Str(value))),
            }
        }
        // A `serde_json` map (a BTreeMap of Strings) orders its keys by their bytes, as `str`
        // compares.
        fields.sort_unstable_by_key(|&(key, _)| key);
        let mut map = serializer.serialize_map(Some(fields.len()))?;
        for (key, field) in fields {
            match field {
                Field::Str(s) => map.serialize_entry(key, &s)?,
                Field::Entities => {
                    map.serialize_entry(key, &Seq(|| ann.entities.iter().map(|e| self.entity(e))))?
                }
                Field::Timexes => {
                    map.serialize_entry(key, &Seq(|| ann.timexes.iter().map(|t| self.timex(t))))?
                }
                Field::Quantities => map.serialize_entry(
                    key,
                    &Seq(|| ann.quantities.iter().map(|q| self.quantity(q))),
                )?,
                Field::Attributions => map.serialize_entry(
                    key,
                    &Seq(|| ann.attributions.iter().map(|a| self.attribution(a))),
                )?,
                Field::Events => {
                    map.serialize_entry(key, &Seq(|| ann.events.iter().map(|e| self.event(e))))?
                }
            }
        }
        map.end()
    }
}

/// A JSON array of what the closure's iterator yields (a closure, as serializing takes
/// `&self` and an iterator is used up).
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

// The annotations as JSON objects. Fields are declared in sorted key order: serialized
// straight, they must come out as a `serde_json` map orders them.

#[derive(Serialize)]
struct SpanJson<'a> {
    end: usize,
    start: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct EntityJson<'a> {
    canonical: &'a str,
    end: usize,
    start: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Serialize)]
struct TimexJson<'a> {
    end: usize,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    modifier: Option<&'a str>,
    start: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: &'a str,
}

#[derive(Serialize)]
struct QuantityJson<'a> {
    approx: bool,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    high: Option<f64>,
    start: usize,
    text: &'a str,
    unit: Option<&'a str>,
    /// Marks a unit read from the figure's context, not written beside it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    unit_from_context: bool,
    value: f64,
}

/// Content fragments as `[start, end]` pairs of code-point offsets.
struct FragmentsJson<'a, 's> {
    spans: &'a [Span],
    offsets: &'s CharOffsets,
}

impl Serialize for FragmentsJson<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let offsets = self.offsets;
        serializer.collect_seq(
            self.spans
                .iter()
                .map(|f| [offsets.char_of(f.start), offsets.char_of(f.end)]),
        )
    }
}

#[derive(Serialize)]
struct AttributionJson<'a, 's> {
    anonymous: bool,
    audience: Option<&'a str>,
    certainty: &'static str,
    conditional: bool,
    content_fragments: FragmentsJson<'a, 's>,
    content_span: SpanJson<'a>,
    cue_span: SpanJson<'a>,
    direct: bool,
    id: &'a str,
    kind: &'static str,
    parent: Option<&'a str>,
    polarity: &'static str,
    relayed_by: &'a [String],
    source: &'a str,
    source_span: Option<SpanJson<'a>>,
    when: Option<&'a str>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    certainty: &'static str,
    end: usize,
    polarity: &'static str,
    start: usize,
    text: &'a str,
    time: Option<&'a str>,
}

#[cfg(test)]
mod tests;
