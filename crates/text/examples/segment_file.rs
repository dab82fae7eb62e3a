//! Prints the sentences (one per line) or tokens of a text file: a dev tool.
//! `cargo run -p text --example segment_file -- FILE [tokens]`

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: segment_file FILE [tokens]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(1);
        }
    };
    let seg = text::segment(&text);
    if args.next().as_deref() == Some("tokens") {
        for token in &seg.tokens {
            println!("{:?}\t{}", token.kind, token.span.of(&text));
        }
    } else {
        for sentence in &seg.sentences {
            println!("{}", sentence.span.of(&text).replace('\n', "\\n"));
        }
    }
}
