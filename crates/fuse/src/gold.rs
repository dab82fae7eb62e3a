//! Reading the project's gold format (`../shared/eval/FORMAT.md`) into fusion inputs, to
//! measure fusion alone on hand-made attributions (the seed's gold test, `gold_brief`).

use model::{AttributionKind, Certainty, CharOffsets, Polarity, Span};

use serde_json::Value as J;

use crate::{ClaimInput, DocInput, Mention};

/// Appends one gold document and its attributions (as claims, with the gold mentions inside
/// each content) to the inputs.
pub fn add_gold_document(doc: &J, docs: &mut Vec<DocInput>, claims: &mut Vec<ClaimInput>) {
    let text = doc
        .get("text")
        .and_then(J::as_str)
        .unwrap_or("")
        .to_string();
    let id = doc
        .get("id")
        .and_then(J::as_str)
        .unwrap_or("doc")
        .to_string();
    let map = CharOffsets::new(&text);
    let span_of = |v: &J| -> Option<Span> {
        let s = v.get("start")?.as_f64()? as usize;
        let e = v.get("end")?.as_f64()? as usize;
        let (s, e) = (map.byte_of(s), map.byte_of(e));
        (s <= e).then_some(Span::new(s, e))
    };
    let mut mentions = Vec::new();
    for e in doc
        .get("entities")
        .and_then(J::as_array)
        .map(|a| a.iter().collect::<Vec<_>>())
        .unwrap_or_default()
    {
        if let Some(span) = span_of(e) {
            mentions.push(Mention::Entity {
                span,
                kind: e
                    .get("type")
                    .and_then(J::as_str)
                    .unwrap_or("MISC")
                    .to_string(),
                canonical: e
                    .get("canonical")
                    .and_then(J::as_str)
                    .unwrap_or("")
                    .to_string(),
            });
        }
    }
    for t in doc
        .get("timexes")
        .and_then(J::as_array)
        .map(|a| a.iter().collect::<Vec<_>>())
        .unwrap_or_default()
    {
        if let Some(span) = span_of(t) {
            mentions.push(Mention::Timex {
                span,
                value: t.get("value").and_then(J::as_str).unwrap_or("").to_string(),
                modifier: t.get("mod").and_then(J::as_str).map(String::from),
            });
        }
    }
    for q in doc
        .get("quantities")
        .and_then(J::as_array)
        .map(|a| a.iter().collect::<Vec<_>>())
        .unwrap_or_default()
    {
        if let (Some(span), Some(value)) = (span_of(q), q.get("value").and_then(J::as_f64)) {
            mentions.push(Mention::Quantity {
                span,
                value,
                high: q.get("high").and_then(J::as_f64),
                unit: q.get("unit").and_then(J::as_str).map(String::from),
                approx: q.get("approx").and_then(J::as_bool).unwrap_or(false),
                unit_from_context: q
                    .get("unit_from_context")
                    .and_then(J::as_bool)
                    .unwrap_or(false),
            });
        }
    }
    let d = docs.len();
    for a in doc
        .get("attributions")
        .and_then(J::as_array)
        .map(|a| a.iter().collect::<Vec<_>>())
        .unwrap_or_default()
    {
        let Some(content) = a.get("content_span").and_then(span_of) else {
            continue;
        };
        let aid = a.get("id").and_then(J::as_str).unwrap_or("").to_string();
        let s = |k: &str| a.get(k).and_then(J::as_str).map(String::from);
        claims.push(ClaimInput {
            id: format!("{id}#{aid}"),
            doc: d,
            attribution_id: Some(aid),
            source: s("source").unwrap_or_default(),
            // (Gold attributions name their sources in full: no entity type is needed.)
            source_type: None,
            relayed_by: a
                .get("relayed_by")
                .and_then(J::as_array)
                .into_iter()
                .flatten()
                .filter_map(|r| r.as_str().map(String::from))
                .collect(),
            audience: s("audience"),
            when: s("when"),
            certainty: Certainty::from_name(&s("certainty").unwrap_or_default()),
            polarity: Polarity::from_name(&s("polarity").unwrap_or_default()),
            conditional: a.get("conditional").and_then(J::as_bool).unwrap_or(false),
            direct: a.get("direct").and_then(J::as_bool).unwrap_or(false),
            anonymous: a.get("anonymous").and_then(J::as_bool).unwrap_or(false),
            kind: AttributionKind::from_name(&s("kind").unwrap_or_default()),
            parent: s("parent"),
            content,
            // FORMAT.md: `[[start, end], ...]` in code points.
            fragments: a
                .get("content_fragments")
                .and_then(J::as_array)
                .into_iter()
                .flatten()
                .filter_map(|f| {
                    let pair = f.as_array()?;
                    let (s, e) = (pair.first()?.as_f64()?, pair.get(1)?.as_f64()?);
                    let (s, e) = (map.byte_of(s as usize), map.byte_of(e as usize));
                    (s <= e).then_some(Span::new(s, e))
                })
                .collect(),
            cue: a.get("cue_span").and_then(span_of),
            mentions: mentions
                .iter()
                .filter(|m| content.contains(m.span()))
                .cloned()
                .collect(),
        });
    }
    docs.push(DocInput {
        published: doc.get("published").and_then(J::as_str).map(String::from),
        outlet: doc.get("source").and_then(J::as_str).map(String::from),
        title: doc.get("title").and_then(J::as_str).map(String::from),
        duplicate_of: None,
        id,
        text,
    });
}
