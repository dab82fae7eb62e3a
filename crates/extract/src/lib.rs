//! Runs every linguistic layer over one text and returns its annotations.
//!
//! Extraction never fails on text: whatever the input, it returns annotations (possibly empty).
//! This crate knows nothing of storage or HTTP; [`json`] renders the FORMAT.md layers.

pub mod json;
pub mod outlet;

use model::{Attribution, Entity, Event, Quantity, Segmentation, Timex};
pub use outlet::OutletStatement;

/// Which layers to compute. Segmentation always runs: the others stand on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    pub entities: bool,
    pub timexes: bool,
    pub quantities: bool,
    /// Attributions stand on entities and timexes: asking for them computes those too.
    pub attributions: bool,
    pub events: bool,
}

impl Layers {
    pub const ALL: Layers = Layers {
        entities: true,
        timexes: true,
        quantities: true,
        attributions: true,
        events: true,
    };
    /// What the store keeps of each document: every layer but events, which are cheap to
    /// recompute and not needed by fusion.
    pub const STORED: Layers = Layers {
        entities: true,
        timexes: true,
        quantities: true,
        attributions: true,
        events: false,
    };
    pub const NONE: Layers = Layers {
        entities: false,
        timexes: false,
        quantities: false,
        attributions: false,
        events: false,
    };

    /// Parses a comma-separated list such as `entities,timexes`. Unknown names are errors.
    pub fn parse(list: &str) -> Result<Layers, String> {
        let mut layers = Layers::NONE;
        for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match name {
                "entities" => layers.entities = true,
                "timexes" => layers.timexes = true,
                "quantities" => layers.quantities = true,
                "attributions" => layers.attributions = true,
                "events" => layers.events = true,
                other => {
                    return Err(format!(
                        "unknown layer `{other}` (known: entities, timexes, quantities, \
                         attributions, events)"
                    ))
                }
            }
        }
        Ok(layers)
    }
}

/// The annotation layers of one text, all as byte spans into it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Annotations {
    pub segmentation: Segmentation,
    pub entities: Vec<Entity>,
    pub timexes: Vec<Timex>,
    pub quantities: Vec<Quantity>,
    pub attributions: Vec<Attribution>,
    /// Statements in the outlet's own voice that carry a counted figure (see [`outlet`]);
    /// computed with attributions and quantities, never part of the FORMAT.md layers.
    pub outlet_statements: Vec<OutletStatement>,
    pub events: Vec<Event>,
}

/// [`annotate`], with a fault of the rules kept to the one document: a panic inside becomes
/// an error message, so that a batch loses only that document (the callers report and skip
/// it) and never the rest.
pub fn annotate_isolated(
    text: &str,
    published: Option<&str>,
    layers: Layers,
) -> Result<Annotations, String> {
    isolated(|| annotate(text, published, layers))
}

/// Runs `work`, turning a panic inside it into an error message.
fn isolated<T>(work: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, String> {
    std::panic::catch_unwind(work).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown fault".to_string());
        format!("internal fault while annotating ({what}); please report it with this document")
    })
}

/// Annotates `text`, resolving relative times against `published` (ISO 8601) where given.
pub fn annotate(text: &str, published: Option<&str>, layers: Layers) -> Annotations {
    let mut annotations = Annotations {
        segmentation: text::segment(text),
        ..Annotations::default()
    };
    for stage in STAGES {
        stage(&mut annotations, text, published, layers);
    }
    annotations
}

/// Texts per batch of [`annotate_batch_isolated`] for callers that split their work: enough
/// for each layer's data to stay in the caches, few enough to keep parallel workers balanced.
pub const BATCH: usize = 128;

/// One text to annotate and the date that anchors its relative times.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub text: &'a str,
    pub published: Option<&'a str>,
}

impl<'a> Input<'a> {
    /// A document's text, anchored on its own publication date.
    pub fn of(doc: &'a model::Document) -> Input<'a> {
        Input {
            text: &doc.text,
            published: doc.published.as_deref(),
        }
    }
}

/// [`annotate_isolated`] over many texts, one layer at a time: every text is segmented, then
/// every text gets its entities, and so on. The output is exactly that of annotating each text
/// alone; it is faster because each layer's rules, lexicons and model weights stay in the
/// caches for the whole batch instead of being evicted by the other layers between texts
/// (BBC news on one core, six alternating rounds: 378 k words/s one text at a time, 441 k
/// in batches of 32, 455 k of 128, 470 k of 256). A fault in one text's layer drops that
/// text only.
pub fn annotate_batch_isolated(
    inputs: &[Input<'_>],
    layers: Layers,
) -> Vec<Result<Annotations, String>> {
    let mut out: Vec<Result<Annotations, String>> = inputs
        .iter()
        .map(|input| {
            isolated(|| Annotations {
                segmentation: text::segment(input.text),
                ..Annotations::default()
            })
        })
        .collect();
    for stage in STAGES {
        for (slot, input) in out.iter_mut().zip(inputs) {
            let Ok(annotations) = slot else { continue };
            let run = std::panic::AssertUnwindSafe(|| {
                stage(annotations, input.text, input.published, layers)
            });
            if let Err(message) = isolated(run) {
                *slot = Err(message);
            }
        }
    }
    out
}

/// A layer computed over a segmented text; each may read the layers of the stages before it.
type Stage = fn(&mut Annotations, &str, Option<&str>, Layers);

/// The layers in the order they depend on each other.
const STAGES: [Stage; 6] = [
    entities_stage,
    timexes_stage,
    quantities_stage,
    attributions_stage,
    outlet_stage,
    events_stage,
];

fn entities_stage(a: &mut Annotations, text: &str, _: Option<&str>, layers: Layers) {
    if layers.entities || layers.attributions {
        a.entities = ner::find(text, &a.segmentation);
    }
}

fn timexes_stage(a: &mut Annotations, text: &str, published: Option<&str>, layers: Layers) {
    if layers.timexes || layers.attributions {
        a.timexes = timex::find(text, published);
    }
}

fn quantities_stage(a: &mut Annotations, text: &str, _: Option<&str>, layers: Layers) {
    if !layers.quantities {
        return;
    }
    let mut quantities = quantity::find(text);
    // A number inside a date or clock time ("Oct. 28", "3 p.m.") is part of a time, not a
    // quantity. A duration ("three days") is both: a TIMEX3 DURATION and an amount of days.
    quantities.retain(|q| {
        !a.timexes.iter().any(|t| {
            matches!(t.kind, model::TimexKind::Date | model::TimexKind::Time)
                && t.span.contains(q.span)
        })
    });
    a.quantities = quantities;
}

fn attributions_stage(a: &mut Annotations, text: &str, published: Option<&str>, layers: Layers) {
    if layers.attributions {
        let context = attribution::Context {
            text,
            segmentation: &a.segmentation,
            entities: &a.entities,
            timexes: &a.timexes,
            published,
        };
        a.attributions = attribution::find(&context);
    }
}

fn outlet_stage(a: &mut Annotations, text: &str, _: Option<&str>, layers: Layers) {
    if layers.attributions && layers.quantities {
        a.outlet_statements =
            outlet::statements(text, &a.segmentation, &a.quantities, &a.attributions);
    }
}

fn events_stage(a: &mut Annotations, text: &str, _: Option<&str>, layers: Layers) {
    if layers.events {
        a.events = factuality::events(text, &a.segmentation);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_annotating_becomes_the_documents_error() {
        let got: Result<(), String> = isolated(|| panic!("index out of bounds"));
        let message = got.expect_err("the panic is caught");
        assert!(message.contains("index out of bounds"), "{message}");
        // Work that does not fail passes through.
        assert_eq!(isolated(|| 7), Ok(7));
    }

    #[test]
    fn isolated_annotation_is_the_plain_one() {
        let text = "Officials said 14 ferries would sail again on Monday.";
        let plain = annotate(text, Some("2026-03-02"), Layers::STORED);
        let isolated = annotate_isolated(text, Some("2026-03-02"), Layers::STORED).expect("ok");
        assert_eq!(isolated.quantities, plain.quantities);
        assert_eq!(isolated.attributions.len(), plain.attributions.len());
    }

    #[test]
    fn a_batch_annotates_each_text_as_it_would_alone() {
        let texts = [
            (
                "Officials said 14 ferries would sail again on Monday.",
                Some("2026-03-02"),
            ),
            ("", None),
            (
                "“We will not pay,” the mayor, Ana Ruiz, told reporters on Friday.",
                None,
            ),
        ];
        let inputs: Vec<Input> = texts
            .iter()
            .map(|&(text, published)| Input { text, published })
            .collect();
        let batch = annotate_batch_isolated(&inputs, Layers::ALL);
        assert_eq!(batch.len(), texts.len());
        for (got, (text, published)) in batch.into_iter().zip(texts) {
            assert_eq!(
                got.expect("no fault"),
                annotate(text, published, Layers::ALL)
            );
        }
    }
}
