//! The UI in headless Chromium, driven over WebDriver (chromedriver) by a minimal client.
//! Skips, saying so, where `chromium` or `chromedriver` is not installed
//! (`apt-get install -y chromium chromium-driver`).
//!
//! Screenshots go to target/browser/ for a person to look at.

mod common;

use common::{request, TestServer};
use serde_json::{json, Value};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TOKEN: &str = "browser-test-token";

/// A report full of markup and script, written for this test: none of it may run or render.
const HOSTILE: &str = "Title: Harbour council <b>vote</b> <script>document.title='owned'</script>\n\
Published: 2031-05-01\n\
Source: Test Hostile Wire\n\
\n\
The council clerk, Arno Pell, said <script>window.__dossierOwned = 1; document.title = 'owned';</script> \
that 12 boats <img src=x onerror=\"window.__dossierOwned = 2\"> were moored on <i>Tuesday</i>.\n\
\"Nothing <iframe src=javascript:alert(1)></iframe> was damaged,\" Pell said.\n";

fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in names {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// chromedriver, killed when dropped.
struct Driver {
    child: Child,
    addr: SocketAddr,
    session: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = request(
                self.addr,
                "DELETE",
                &format!("/session/{}", self.session),
                &[],
                b"",
            );
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    fn start(chromedriver: &Path, chromium: &Path, profile: &Path) -> Driver {
        let port = free_port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let mut driver = Driver {
            child,
            addr,
            session: String::new(),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while request(addr, "GET", "/status", &[], b"").is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not come up");
            std::thread::sleep(Duration::from_millis(100));
        }
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=1300,1600",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([format!("--user-data-dir={}", profile.display())])
        .collect::<Vec<_>>();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium, "args": args}
        }}});
        let created = driver.call("POST", "/session", Some(caps));
        driver.session = created["sessionId"]
            .as_str()
            .expect("a WebDriver session")
            .to_string();
        driver
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let answer = request(
            self.addr,
            method,
            path,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        )
        .expect("chromedriver answers");
        let value = answer.json();
        assert!(answer.status == 200, "WebDriver {method} {path}: {}", value);
        value["value"].clone()
    }

    fn session_call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    fn goto(&self, url: &str) {
        self.session_call("POST", "/url", Some(json!({"url": url})));
    }

    fn script(&self, script: &str) -> Value {
        self.session_call(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": []})),
        )
    }

    /// Polls a script until it returns true (bounded).
    fn wait_for(&self, script: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if self.script(script) == Value::Bool(true) {
                return;
            }
            assert!(Instant::now() < deadline, "waited in vain for {what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn screenshot(&self, path: &Path) {
        let data = self.session_call("GET", "/screenshot", None);
        let png = decode_base64(data.as_str().unwrap());
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, png).unwrap();
    }
}

fn decode_base64(text: &str) -> Vec<u8> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => (c - b'A') as u32,
            b'a'..=b'z' => (c - b'a' + 26) as u32,
            b'0'..=b'9' => (c - b'0' + 52) as u32,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        })
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in text.bytes().filter_map(value) {
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/browser")
}

#[test]
fn the_brief_shows_a_disagreement_and_opens_the_evidence_safely() {
    let (Some(chromium), Some(chromedriver)) = (
        find_program(&["chromium", "chromium-browser", "google-chrome"]),
        find_program(&["chromedriver"]),
    ) else {
        eprintln!(
            "SKIPPED: the browser test needs chromium and chromedriver \
             (apt-get install -y chromium chromium-driver)"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut config = server::Config::new(dir.path().join("browser.db"));
    config.token = Some(TOKEN.into());
    let server = TestServer::start(config);
    assert!(common::ingest_examples(server.addr, TOKEN) >= 8);
    let hostile = request(
        server.addr,
        "POST",
        "/api/documents?name=hostile.txt&format=txt",
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        HOSTILE.as_bytes(),
    )
    .unwrap();
    assert_eq!(hostile.status, 201, "{}", hostile.text());
    let hostile_id = hostile.json()["documents"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();

    let driver = Driver::start(&chromedriver, &chromium, &dir.path().join("profile"));
    let shots = screenshot_dir();

    // The brief: clusters, and the planted disagreement flagged in a numbers table.
    driver.goto(&server.url("/#/"));
    driver.wait_for(
        "return document.getElementById('view').dataset.ready === '/' && \
         document.querySelectorAll('section.cluster').length > 0",
        "the brief",
    );
    let flagged = driver.script(
        "return Array.from(document.querySelectorAll('tr.disagreement')).map(r => r.textContent)",
    );
    assert!(
        !flagged.as_array().unwrap().is_empty(),
        "no disagreement row in the brief"
    );
    assert!(flagged[0].as_str().unwrap().contains("disagrees"));
    // A pooled estimate names its scope and unit before its figures.
    let estimates = driver.script(
        "return Array.from(document.querySelectorAll('ul.estimates li')).map(li => li.textContent)",
    );
    let estimates = estimates.as_array().unwrap();
    assert!(!estimates.is_empty(), "no pooled estimate in the brief");
    for line in estimates {
        let line = line.as_str().unwrap();
        assert!(
            line.starts_with("Estimate (") && line.contains("unit: "),
            "{line}"
        );
    }
    // A unit read from the figure's context is bracketed and says so on hover.
    let inferred = driver.script(
        "return Array.from(document.querySelectorAll('td.inferred')).map(td => [td.textContent, td.title])",
    );
    let inferred = inferred.as_array().unwrap();
    assert!(
        inferred.iter().any(|cell| cell[0] == "[person]"),
        "no bracketed unit in the brief: {inferred:?}"
    );
    assert!(inferred
        .iter()
        .all(|cell| cell[1].as_str().unwrap().contains("context")));
    driver.script(
        "document.querySelector('tr.disagreement').closest('section.cluster').scrollIntoView(); return true",
    );
    driver.screenshot(&shots.join("brief.png"));

    // Its evidence: the article with marks in place and a source graph.
    driver.script("document.querySelector('tr.disagreement a.claim-link').click(); return true");
    driver.wait_for(
        "return location.hash.startsWith('#/doc/') && !!document.getElementById('article-text')",
        "the evidence view",
    );
    let marks = driver.script(
        "return ['src','cue','content','num'].map(c => document.querySelectorAll('#article-text mark.' + c).length)",
    );
    let counts: Vec<u64> = marks
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert!(
        counts[1] > 0 && counts[2] > 0 && counts[3] > 0,
        "marks: {counts:?}"
    );
    assert_eq!(
        driver.script("return document.querySelectorAll('svg.graph circle.node').length > 0"),
        Value::Bool(true)
    );
    driver.screenshot(&shots.join("evidence.png"));

    // The hostile article: shown as text, nothing ran, no element came from it.
    driver.goto(&server.url(&format!("/#/doc/{hostile_id}")));
    driver.wait_for(
        "return !!document.getElementById('article-text')",
        "the hostile article",
    );
    let verdict = driver.script(
        "const a = document.getElementById('article-text'); \
         return {title: document.title, owned: window.__dossierOwned === undefined ? null : window.__dossierOwned, \
                 elements: document.querySelectorAll('main script, main img, main iframe, main b, main i').length, \
                 text: a.textContent, heading: document.querySelector('main h2').textContent}",
    );
    assert_eq!(verdict["title"], "dossier", "the page title was changed");
    assert_eq!(verdict["owned"], Value::Null, "a script of the article ran");
    assert_eq!(verdict["elements"], 0, "article markup became elements");
    let text = verdict["text"].as_str().unwrap();
    assert!(
        text.contains("<script>window.__dossierOwned = 1;"),
        "{text}"
    );
    assert!(text.contains("<img src=x onerror="));
    assert!(verdict["heading"].as_str().unwrap().contains("<b>vote</b>"));
    driver.screenshot(&shots.join("hostile.png"));
}
