//! Development tool: prints the quantities `find` sees in each argument.
//!
//!     cargo run -p quantity --example quantity_probe -- "some text with 3 numbers"

fn main() {
    for text in std::env::args().skip(1) {
        for q in quantity::find(&text) {
            let span = &text[q.span.start..q.span.end];
            println!(
                "{span:?} value={} high={:?} unit={:?} approx={}",
                q.value, q.high, q.unit, q.approx
            );
        }
    }
}
