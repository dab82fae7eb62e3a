//! Prints the time expressions of one sentence, for trying rules by hand:
//! `cargo run -p timex --example timex_probe -- "TEXT" [PUBLISHED]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let text = args.next().unwrap_or_default();
    let published = args.next();
    for t in timex::find(&text, published.as_deref()) {
        println!(
            "[{}] {} {} {}",
            t.span.of(&text),
            t.kind.as_str(),
            t.value,
            t.modifier.unwrap_or_default()
        );
    }
}
