//! Latency of the fused views on a ledger of thousands of claims: the first request of a
//! store revision (cold: load and fuse) against the requests after it (warm: the fusion kept
//! by the server), and the first request after a write.
//!
//! `cargo run -p server --release --example brief_latency -- [DOCUMENTS] [REPEATS]`
//! (defaults: every document, 20 repeats)
//!
//! The ledger is examples/ and the news of ../shared/data/news/ (BBC and Wikinews JSONL),
//! annotated as `dossier ingest` does and written straight to a fresh database; where the
//! shared folder is absent, copies of examples/ with distinct ids and texts stand in. Then a
//! server runs over it on a loopback port and each route is timed end to end over HTTP. The
//! stages of a cold brief are timed in process first, for comparison.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{get, request, TestServer};
use store::Store;

const TOKEN: &str = "brief-latency-token";
/// Documents per insert transaction, as `dossier ingest` batches them.
const BATCH: usize = 256;
/// Copies of examples/ standing in for the shared news where it is absent.
const STAND_IN_COPIES: usize = 200;

fn read_documents(limit: usize) -> Vec<model::Document> {
    let opts = ingest::Options::default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let examples: Vec<model::Document> = ingest::read_path(&root.join("examples"), &opts)
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    let news = root.join("../shared/data/news");
    let mut docs = examples.clone();
    if news.is_dir() {
        docs.extend(
            ingest::read_path(&news, &opts)
                .into_iter()
                .filter_map(Result::ok),
        );
    } else {
        println!(
            "{} is absent: {STAND_IN_COPIES} copies of examples/ stand in",
            news.display()
        );
        // A leading line of its own makes each copy a distinct text (exact duplicates
        // would be skipped); the copies are near duplicates, linked as wire copies.
        for copy in 1..=STAND_IN_COPIES {
            docs.extend(examples.iter().map(|doc| {
                let mut doc = doc.clone();
                doc.id = format!("{}-copy{copy}", doc.id);
                doc.text = format!("Bulletin {copy} of the bench desk.\n\n{}", doc.text);
                doc
            }));
        }
    }
    docs.truncate(limit);
    docs
}

/// Annotates on every core and stores in batches; returns (stored documents, claims).
fn build_ledger(db: &Path, docs: Vec<model::Document>) -> (u64, usize) {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = docs.len().div_ceil(workers).max(1);
    let annotated: Vec<(model::Document, store::Extraction)> = std::thread::scope(|scope| {
        let handles: Vec<_> = docs
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    // (A document dossier cannot annotate is left out of the measure.)
                    part.iter()
                        .filter_map(|doc| {
                            Some((doc.clone(), server::pipeline::extraction(doc).ok()?))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("annotation"))
            .collect()
    });
    let mut store = store::SqliteStore::open(db).expect("open the database");
    for batch in annotated.chunks(BATCH) {
        store.insert_annotated(batch).expect("insert");
    }
    let claims = store
        .list_claims(&store::ClaimFilter::default())
        .expect("claims")
        .len();
    (store.count_documents().expect("count"), claims)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Times one GET; panics unless it answers 200.
fn timed(addr: std::net::SocketAddr, path: &str) -> (Duration, usize) {
    let clock = Instant::now();
    let answer = get(addr, path);
    let took = clock.elapsed();
    assert_eq!(answer.status, 200, "{path}: {}", answer.text());
    (took, answer.body.len())
}

/// The first request, then `repeats` more: cold and warm latency of one route.
fn measure(addr: std::net::SocketAddr, path: &str, repeats: usize) {
    let (cold, bytes) = timed(addr, path);
    let mut warm: Vec<Duration> = (0..repeats).map(|_| timed(addr, path).0).collect();
    warm.sort();
    let median = warm.get(warm.len() / 2).copied().unwrap_or_default();
    println!(
        "{path:<32} first {:>8.1} ms   again: median {:>7.1} ms  min {:>7.1} ms  max {:>7.1} ms  ({:.1}x, {bytes} bytes)",
        ms(cold),
        ms(median),
        ms(warm.first().copied().unwrap_or_default()),
        ms(warm.last().copied().unwrap_or_default()),
        cold.as_secs_f64() / median.as_secs_f64().max(1e-9),
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let limit: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(usize::MAX);
    let repeats: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(20)
        .clamp(1, 1_000);

    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("brief-latency.db");
    let clock = Instant::now();
    let (documents, claims) = build_ledger(&db, read_documents(limit));
    println!(
        "ledger: {documents} documents, {claims} claims, built in {:.1} s",
        clock.elapsed().as_secs_f64()
    );

    // In process, what a cold request does before the HTTP transfer: the stages a kept
    // fusion skips (load, fuse) and the one it does not (render).
    let store = store::SqliteStore::open(&db).expect("open the database");
    let clock = Instant::now();
    let (docs, claims) = report::ledger::load(&store, None, None).expect("load");
    let load = clock.elapsed();
    let clock = Instant::now();
    let fused = fuse::fuse(&docs, &claims, &fuse::Options::default());
    let fusing = clock.elapsed();
    let clock = Instant::now();
    let rendered = serde_json::to_vec(&report::json(&fused, None)).expect("render");
    println!(
        "in process: load {:.0} ms, fuse {:.0} ms, render the JSON brief {:.0} ms ({} bytes)",
        ms(load),
        ms(fusing),
        ms(clock.elapsed()),
        rendered.len()
    );
    drop((store, docs, claims, fused, rendered));

    let mut config = server::Config::new(&db);
    config.token = Some(TOKEN.into());
    let server = TestServer::start(config);
    let addr = server.addr;
    println!(
        "(q, the clusters and the csv export share the first brief's fusion: their first \
         request already reuses it; the period is a fusion of its own)"
    );
    for path in [
        "/api/brief",
        "/api/brief?q=minister",
        "/api/clusters",
        "/api/brief?since=2005-01-01",
        "/api/export?format=csv",
    ] {
        measure(addr, path, repeats);
    }

    // A write moves the revision: the next request fuses again, the ones after reuse it.
    let posted = request(
        addr,
        "POST",
        "/api/documents?name=bench.txt",
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        b"Title: Bench report\nPublished: 2031-06-02\nSource: Bench Wire\n\n\
          The harbour master, Ines Varga, said that 14 ferries would sail again by Friday.\n",
    )
    .expect("POST");
    assert_eq!(posted.status, 201, "{}", posted.text());
    println!("after one more document:");
    measure(addr, "/api/brief", repeats);
}
