//! What is stored of a POSTed document: the same extraction as `dossier ingest`.
//!
//! The CLI keeps its own copy of [`extraction`] (the binary must not depend on the server);
//! both should call one shared function once the lead moves it into a library crate.

use model::Document;
use serde_json::json;
use store::{Extraction, MentionKind, MentionRow};

/// The mentions and attributions of one document, as the store keeps them. Events are not
/// stored (as in the CLI): they are recomputed by `dossier extract` when asked for.
pub fn extraction(doc: &Document) -> Extraction {
    let layers = extract::Layers {
        events: false,
        ..extract::Layers::ALL
    };
    let ann = extract::annotate(&doc.text, doc.published.as_deref(), layers);
    let mut rows =
        Vec::with_capacity(ann.entities.len() + ann.timexes.len() + ann.quantities.len());
    for e in &ann.entities {
        rows.push(MentionRow {
            kind: MentionKind::Entity,
            start: e.span.start,
            end: e.span.end,
            payload: json!({"type": e.kind.as_str(), "canonical": e.canonical}),
        });
    }
    for t in &ann.timexes {
        rows.push(MentionRow {
            kind: MentionKind::Timex,
            start: t.span.start,
            end: t.span.end,
            payload: json!({"type": t.kind.as_str(), "value": t.value, "mod": t.modifier}),
        });
    }
    for q in &ann.quantities {
        rows.push(MentionRow {
            kind: MentionKind::Quantity,
            start: q.span.start,
            end: q.span.end,
            payload: json!({"value": q.value, "high": q.high, "unit": q.unit, "approx": q.approx}),
        });
    }
    Extraction {
        mentions: rows,
        attributions: ann.attributions,
    }
}

#[cfg(test)]
mod tests {
    use super::extraction;
    use model::{Document, Origin, SourceFormat};
    use proptest::prelude::*;

    fn doc(text: &str) -> Document {
        Document {
            id: "t".into(),
            text: text.into(),
            title: None,
            published: Some("2031-06-02".into()),
            source: None,
            url: None,
            format: SourceFormat::Text,
            origin: Origin {
                path: "test".into(),
                locator: None,
            },
        }
    }

    #[test]
    fn a_report_yields_quantities_and_an_attribution() {
        let got = extraction(&doc(
            "The harbour master, Ines Varga, said on Monday that 14 ferries would sail again.",
        ));
        assert!(got
            .mentions
            .iter()
            .any(|m| m.kind == store::MentionKind::Quantity));
        assert!(!got.attributions.is_empty());
    }

    proptest! {
        #[test]
        fn any_text_gives_spans_on_char_boundaries(text in "\\PC{0,200}") {
            let d = doc(&text);
            let got = extraction(&d);
            for m in &got.mentions {
                prop_assert!(m.start <= m.end && m.end <= text.len());
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            }
        }
    }
}
