//! The FORMAT.md JSON of the extraction layers, with Unicode code-point offsets.

use model::CharOffsets;
use serde_json::{json, Map, Value};

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
    let map = CharOffsets::new(text);
    let c = |b: usize| map.char_of(b);
    let mut out = Map::new();
    out.insert("id".into(), json!(id));
    out.insert("published".into(), json!(published));
    if layers.entities {
        let v: Vec<Value> = ann
            .entities
            .iter()
            .map(|e| {
                json!({"start": c(e.span.start), "end": c(e.span.end), "text": e.span.of(text),
                       "type": e.kind.as_str(), "canonical": e.canonical})
            })
            .collect();
        out.insert("entities".into(), Value::Array(v));
    }
    if layers.timexes {
        let v: Vec<Value> = ann
            .timexes
            .iter()
            .map(|t| {
                let mut o = json!({"start": c(t.span.start), "end": c(t.span.end), "text": t.span.of(text),
                                   "type": t.kind.as_str(), "value": t.value});
                if let Some(m) = &t.modifier {
                    o["mod"] = json!(m);
                }
                o
            })
            .collect();
        out.insert("timexes".into(), Value::Array(v));
    }
    if layers.quantities {
        let v: Vec<Value> = ann
            .quantities
            .iter()
            .map(|q| {
                let mut o = json!({"start": c(q.span.start), "end": c(q.span.end), "text": q.span.of(text),
                                   "value": q.value, "unit": q.unit, "approx": q.approx});
                if let Some(h) = q.high {
                    o["high"] = json!(h);
                }
                o
            })
            .collect();
        out.insert("quantities".into(), Value::Array(v));
    }
    if layers.attributions {
        let span =
            |s: model::Span| json!({"start": c(s.start), "end": c(s.end), "text": s.of(text)});
        let v: Vec<Value> = ann
            .attributions
            .iter()
            .map(|a| {
                json!({
                    "id": a.id,
                    "source": a.source,
                    "source_span": a.source_span.map(span),
                    "cue_span": span(a.cue_span),
                    "content_span": span(a.content_span),
                    "content_fragments": a.content_fragments.iter().map(|f| [c(f.start), c(f.end)]).collect::<Vec<_>>(),
                    "direct": a.direct,
                    "anonymous": a.anonymous,
                    "certainty": a.factuality.certainty.as_str(),
                    "polarity": a.factuality.polarity.as_str(),
                    "conditional": a.factuality.conditional,
                    "relayed_by": a.relayed_by,
                    "audience": a.audience,
                    "when": a.when,
                    "parent": a.parent,
                    "kind": a.kind.as_str(),
                })
            })
            .collect();
        out.insert("attributions".into(), Value::Array(v));
    }
    if layers.events {
        let v: Vec<Value> = ann
            .events
            .iter()
            .map(|e| {
                json!({"start": c(e.span.start), "end": c(e.span.end), "text": e.span.of(text),
                       "certainty": e.certainty.as_str(), "polarity": e.polarity.as_str(), "time": e.time})
            })
            .collect();
        out.insert("events".into(), Value::Array(v));
    }
    Value::Object(out)
}
