//! The direct serializer against the `Value` tree it replaced: same bytes, compact and pretty.

use super::*;
use model::{AttributionKind, Certainty, EntityKind, Factuality, Polarity, TimexKind};
use serde_json::{json, Map};

/// The former `document`: builds the `Value` with `json!`, the reference for the bytes.
fn reference(
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

/// Byte offsets of the first occurrence of `needle` in `text`.
fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).expect("needle in text");
    Span::new(start, start + needle.len())
}

const TEXT: &str = "Zoë Brandt told the “Quayside Gazette” on Tuesday that about 40 to 45 \
                    ferries, up 3.5% from last spring, would sail “if the weather holds.”";

/// Hand-made layers over [`TEXT`], non-ASCII before most spans (code points differ from
/// bytes), with every optional field both set and unset.
fn annotations() -> Annotations {
    let t = TEXT;
    Annotations {
        entities: vec![
            Entity {
                span: span_of(t, "Zoë Brandt"),
                kind: EntityKind::Person,
                canonical: "Zoë Brandt".into(),
            },
            Entity {
                span: span_of(t, "Quayside Gazette"),
                kind: EntityKind::Org,
                canonical: "Quayside \"Gazette\"".into(),
            },
        ],
        timexes: vec![
            Timex {
                span: span_of(t, "Tuesday"),
                kind: TimexKind::Date,
                value: "2031-03-04".into(),
                modifier: None,
            },
            Timex {
                span: span_of(t, "last spring"),
                kind: TimexKind::Date,
                value: "2030-SP".into(),
                modifier: Some("START".into()),
            },
        ],
        quantities: vec![
            Quantity {
                span: span_of(t, "about 40 to 45 ferries"),
                value: 40.0,
                high: Some(45.0),
                unit: Some("ferry".into()),
                approx: true,
                unit_from_context: false,
            },
            Quantity {
                span: span_of(t, "3.5%"),
                value: 3.5,
                high: None,
                unit: Some("percentage".into()),
                approx: false,
                unit_from_context: false,
            },
            Quantity {
                span: span_of(t, "45"),
                value: f64::NAN,
                high: Some(f64::INFINITY),
                unit: None,
                approx: false,
                unit_from_context: false,
            },
            Quantity {
                span: span_of(t, "40"),
                value: -0.0,
                high: None,
                unit: None,
                approx: false,
                unit_from_context: false,
            },
        ],
        attributions: vec![
            Attribution {
                id: "a1".into(),
                source: "Zoë Brandt".into(),
                source_span: Some(span_of(t, "Zoë Brandt")),
                cue_span: span_of(t, "told"),
                content_span: span_of(t, "about 40 to 45 ferries"),
                content_fragments: vec![
                    span_of(t, "about 40 to 45 ferries"),
                    span_of(t, "would sail"),
                ],
                direct: false,
                anonymous: false,
                factuality: Factuality {
                    certainty: Certainty::Probable,
                    polarity: Polarity::Positive,
                    conditional: true,
                },
                relayed_by: vec!["Quayside Gazette".into(), "wire".into()],
                audience: Some("the “Quayside Gazette”".into()),
                when: Some("2031-03-04".into()),
                parent: None,
                kind: AttributionKind::Assertion,
            },
            Attribution {
                id: "a2".into(),
                source: "unnamed".into(),
                source_span: None,
                cue_span: span_of(t, "told"),
                content_span: span_of(t, "if the weather holds."),
                content_fragments: Vec::new(),
                direct: true,
                anonymous: true,
                factuality: Factuality::default(),
                relayed_by: Vec::new(),
                audience: None,
                when: None,
                parent: Some("a1".into()),
                kind: AttributionKind::NonCommitment,
            },
        ],
        events: vec![
            Event {
                span: span_of(t, "sail"),
                certainty: Certainty::Possible,
                polarity: Polarity::Underspecified,
                time: None,
            },
            Event {
                span: span_of(t, "told"),
                certainty: Certainty::Certain,
                polarity: Polarity::Positive,
                time: Some("2031-03-04".into()),
            },
        ],
        ..Annotations::default()
    }
}

fn layer_choices() -> Vec<Layers> {
    let mut choices = vec![Layers::ALL, Layers::STORED, Layers::NONE];
    for k in 0..5 {
        let mut l = Layers::NONE;
        match k {
            0 => l.entities = true,
            1 => l.timexes = true,
            2 => l.quantities = true,
            3 => l.attributions = true,
            _ => l.events = true,
        }
        choices.push(l);
    }
    choices
}

#[test]
fn direct_json_is_the_value_json_byte_for_byte() {
    let ann = annotations();
    for layers in layer_choices() {
        for published in [Some("2031-03-05"), None] {
            let direct = DocumentJson::new("doc-1", TEXT, published, &ann, layers);
            let old = reference("doc-1", TEXT, published, &ann, layers);
            assert_eq!(serde_json::to_string(&direct).unwrap(), old.to_string());
            assert_eq!(
                serde_json::to_string_pretty(&direct).unwrap(),
                serde_json::to_string_pretty(&old).unwrap()
            );
            assert_eq!(document("doc-1", TEXT, published, &ann, layers), old);
        }
    }
}

#[test]
fn added_fields_sort_among_the_layers_and_replace_namesakes() {
    let ann = annotations();
    let direct = DocumentJson::new("doc-2", TEXT, None, &ann, Layers::ALL)
        .with_field("title", Some("Ferries"))
        .with_field("source", None)
        .with_field("url", Some("https://example.org/ferries"))
        .with_field("text", Some(TEXT))
        .with_field("published", Some("2031-03-05"))
        .with_field("title", Some("Ferries, again"));
    let mut old = reference("doc-2", TEXT, None, &ann, Layers::ALL);
    old["title"] = json!("Ferries");
    old["source"] = Value::Null;
    old["url"] = json!("https://example.org/ferries");
    old["text"] = json!(TEXT);
    old["published"] = json!("2031-03-05");
    old["title"] = json!("Ferries, again");
    assert_eq!(serde_json::to_string(&direct).unwrap(), old.to_string());
    // In an array, as `dossier extract --format json` writes documents.
    let docs = [direct];
    assert_eq!(
        serde_json::to_string_pretty(&docs[..]).unwrap(),
        serde_json::to_string_pretty(&vec![old]).unwrap()
    );
}

#[test]
fn extracted_layers_serialize_as_the_value_did() {
    let text = "Officials said on Monday that nearly 2,000 residents of Port Elna had left, \
                and that about $3.2 million in aid would arrive by Friday.\n\
                “We expect more than 500 volunteers,” the mayor, Ana Ruiz, said.";
    let published = Some("2031-06-10");
    let ann = crate::annotate(text, published, Layers::ALL);
    assert!(!ann.quantities.is_empty() && !ann.timexes.is_empty());
    let direct = DocumentJson::new("doc-3", text, published, &ann, Layers::ALL);
    let old = reference("doc-3", text, published, &ann, Layers::ALL);
    assert_eq!(serde_json::to_string(&direct).unwrap(), old.to_string());
}
