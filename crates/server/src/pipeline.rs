//! What is stored of a POSTed document: the same extraction as `dossier ingest`.

use model::Document;
use store::Extraction;

/// The mentions, attributions and outlet statements of one document, as the store keeps them
/// (events are not stored: `dossier extract` recomputes them when asked). `dossier ingest` and
/// the API's POST both store what this returns, so the two never drift apart. An internal
/// fault on the document is its error (see [`extract::annotate_isolated`]).
pub fn extraction(doc: &Document) -> Result<Extraction, String> {
    let ann =
        extract::annotate_isolated(&doc.text, doc.published.as_deref(), extract::Layers::STORED)?;
    Ok(stored(ann))
}

/// [`extraction`] of each document, computed a batch at a time (see
/// [`extract::annotate_batch_isolated`]): the same results, sooner.
pub fn extractions(docs: &[Document]) -> Vec<Result<Extraction, String>> {
    let inputs: Vec<extract::Input> = docs.iter().map(extract::Input::of).collect();
    extract::annotate_batch_isolated(&inputs, extract::Layers::STORED)
        .into_iter()
        .map(|ann| ann.map(stored))
        .collect()
}

/// The stored part of a document's annotations.
fn stored(ann: extract::Annotations) -> Extraction {
    let outlet = ann
        .outlet_statements
        .iter()
        .map(|s| store::OutletStatement {
            span: s.span,
            factuality: s.factuality,
        })
        .collect();
    Extraction::from_layers(
        &ann.entities,
        &ann.timexes,
        &ann.quantities,
        ann.attributions,
    )
    .with_outlet_statements(outlet)
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
        ))
        .expect("annotated");
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
            let got = extraction(&d).expect("annotated");
            for m in &got.mentions {
                prop_assert!(m.start <= m.end && m.end <= text.len());
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            }
        }
    }
}
