use super::*;

fn run(text: &str) -> Vec<Attribution> {
    let segmentation = text::segment(text);
    let context = Context {
        text,
        segmentation: &segmentation,
        entities: &[],
        timexes: &[],
        published: Some("2024-10-23"),
    };
    find(&context)
}

#[test]
fn debug_print() {
    for text in [
        "Then it began. ''He is a terrific guy,'' Mr. Trump told CNN. Then more.",
        "Then it began. ''This works for Trump,'' said Kevin Madden, a Republican strategist. ''He knows.''",
    ] {
        let seg = text::segment(text);
        for t in &seg.tokens {
            eprint!("[{}:{:?}]", t.span.of(text), t.kind);
        }
        eprintln!();
        for a in run(text) {
            eprintln!("{} | {} | {}", a.source, a.cue_span.of(text), a.content_span.of(text));
        }
    }
}
