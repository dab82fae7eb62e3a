//! A bounded load test on loopback: concurrent readers while a writer ingests.
//!
//! `cargo run -p server --release --example load -- [READERS] [SECONDS]` (defaults 8, 5)
//!
//! Starts a server on 127.0.0.1:0 over a fresh database, ingests examples/, then runs
//! READERS threads of GET requests (document lists, claims, single documents, the health
//! route) for SECONDS while one writer POSTs new generated reports. Every loop is bounded in
//! count and time and stops by itself. Prints requests/s and latency percentiles per kind,
//! then checks the store's integrity.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{request, TestServer};
use std::time::{Duration, Instant};
use store::Store;

const TOKEN: &str = "load-test-token";
/// Hard cap on requests per reader, whatever the duration.
const MAX_REQUESTS_PER_READER: usize = 200_000;
const MAX_WRITES: usize = 2_000;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn report(kind: &str, mut latencies: Vec<Duration>, seconds: f64) {
    latencies.sort();
    println!(
        "{kind:<8} {:>7} requests  {:>8.0} req/s  p50 {:>7.2} ms  p99 {:>7.2} ms  max {:>7.2} ms",
        latencies.len(),
        latencies.len() as f64 / seconds,
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let readers: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(8);
    let seconds: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(5)
        .min(120);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("load.db");
    let mut config = server::Config::new(&db);
    config.token = Some(TOKEN.into());
    let server = TestServer::start(config);
    let addr = server.addr;
    common::ingest_examples(addr, TOKEN);
    let ids: Vec<String> = common::get(addr, "/api/documents")
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();

    let writer = std::thread::spawn(move || {
        let mut latencies = Vec::new();
        let mut failures = 0;
        let auth = format!("Bearer {TOKEN}");
        for n in 0..MAX_WRITES {
            if Instant::now() >= deadline {
                break;
            }
            let text = format!(
                "Title: Load report {n}\nPublished: 2031-01-{:02}\nSource: Load Wire {}\n\n\
                 The port authority said on Monday that {} containers were waiting, \
                 and a spokesperson for the union, Mara Holt, said {} crews would return by Friday.\n",
                1 + n % 28,
                n % 5,
                100 + n,
                3 + n % 9
            );
            let t = Instant::now();
            match request(
                addr,
                "POST",
                "/api/documents?name=load.txt",
                &[("Authorization", &auth)],
                text.as_bytes(),
            ) {
                Ok(a) if a.status == 201 || a.status == 200 => latencies.push(t.elapsed()),
                _ => failures += 1,
            }
        }
        (latencies, failures)
    });

    let paths: Vec<String> = [
        "/api/documents?limit=50",
        "/api/claims?limit=100",
        "/api/health",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain(ids.iter().map(|id| format!("/api/documents/{id}")))
    .collect();
    let reader_threads: Vec<_> = (0..readers)
        .map(|r| {
            let paths = paths.clone();
            std::thread::spawn(move || {
                let mut latencies = Vec::new();
                let mut failures = 0;
                for i in 0..MAX_REQUESTS_PER_READER {
                    if Instant::now() >= deadline {
                        break;
                    }
                    let path = &paths[(i * 7 + r) % paths.len()];
                    let t = Instant::now();
                    match request(addr, "GET", path, &[], b"") {
                        Ok(a) if a.status == 200 => latencies.push(t.elapsed()),
                        other => {
                            if failures == 0 {
                                let why = match other {
                                    Ok(a) => format!("{} {}", a.status, a.text()),
                                    Err(e) => e.to_string(),
                                };
                                eprintln!("first failed read of reader {r}, {path}: {why}");
                            }
                            failures += 1;
                        }
                    }
                }
                (latencies, failures)
            })
        })
        .collect();
    let mut reads = Vec::new();
    let mut read_failures = 0;
    for t in reader_threads {
        let (l, f) = t.join().unwrap();
        reads.extend(l);
        read_failures += f;
    }
    let (writes, write_failures) = writer.join().unwrap();
    let elapsed = started.elapsed().as_secs_f64();
    println!("{readers} readers and 1 writer for {elapsed:.1} s on {addr}");
    report("reads", reads, elapsed);
    report("writes", writes, elapsed);
    println!("failures: {read_failures} reads, {write_failures} writes");
    drop(server);
    let store = store::SqliteStore::open(&db).unwrap();
    let integrity = store.integrity_check().unwrap();
    println!(
        "store: {} documents, integrity {}",
        store.count_documents().unwrap(),
        if integrity.is_ok() {
            "ok".to_string()
        } else {
            format!("{:?}", integrity.problems)
        }
    );
    assert!(integrity.is_ok() && read_failures == 0 && write_failures == 0);
}
