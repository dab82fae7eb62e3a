//! `dossier serve`: an HTTP JSON API over the claim ledger and a web UI to read it.
//!
//! Policy decisions:
//! - **Reads** (`GET`) are open when the server listens on a loopback address; on any other
//!   address they need the bearer token too, and the server refuses to start on such an
//!   address without one. The UI itself is public (it holds no data).
//! - **Writes** (`POST /api/documents`) need `Authorization: Bearer <token>`. The token comes
//!   from `DOSSIER_TOKEN` or `--token-file`; without one the server refuses every write with
//!   403 and a message saying how to configure it. A wrong or missing token is 401. Tokens
//!   are compared in constant time.
//! - **Errors** are always JSON: `{"error": {"status", "code", "message"}}`, including those
//!   axum and tower-http produce themselves (404, 405, 413, 408, bad query strings).
//! - **Ingest outcomes** ([`api::IngestResponse`]): 201 when every record was read and at
//!   least one document was stored; 200 when every record was read but all were already
//!   stored; 207 when some records were stored or already stored and others failed (bad
//!   records, id conflicts); 409 when every document read is an id conflict; 422 when no
//!   record could be read (413 when the body was over the
//!   size limit). The body always lists one outcome per document and one error per bad record.
//! - **Limits**: request bodies over [`Config::max_body_bytes`] (default 20 MiB, as `ingest`)
//!   are refused with 413 before being read when a Content-Length says so; every request has
//!   [`Config::request_timeout`] (default 60 s) to complete, then 408.
//! - **Concurrency**: readers take a connection from a small pool ([`stores::Stores`]), each
//!   its own SQLite connection, so reads run in parallel under WAL. Writes go through one
//!   writer connection behind a mutex: extraction runs before the lock, so only the insert
//!   transaction is serialized. All SQLite and extraction work runs on blocking threads.
//! - **Fused views** (brief, clusters, exports) are fused once per store revision and period
//!   (`since`, `until`) and kept ([`fusions`]): a request reads the revision, one indexed
//!   read, and reuses the kept fusion while it is unchanged. Every write that changes the
//!   ledger moves the revision, whether through this server or another process (`dossier
//!   ingest` into the same file), so the next request fuses again.
//! - **Offsets** in the JSON API are UTF-8 byte offsets into the document text, as stored
//!   (the UI slices the UTF-8 bytes); `/api/documents/{id}` returns the text with them.
//! - **The UI** is three embedded files (HTML, JS, CSS), no build step, served with a strict
//!   Content-Security-Policy (`default-src 'self'`, no inline script or style). It builds
//!   every node from data with `textContent`, never markup, so article text cannot run.

pub mod api;
mod assets;
mod auth;
pub mod brief;
mod errors;
pub mod fusions;
pub mod pipeline;
pub mod routes;
pub mod stores;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context, Result};

pub use errors::ApiError;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The SQLite database (created if absent).
    pub db: PathBuf,
    /// The bearer token that writes (and, off loopback, reads) need. None: writes refused.
    pub token: Option<String>,
    /// Largest request body accepted.
    pub max_body_bytes: usize,
    /// Time a request may take, end to end.
    pub request_timeout: Duration,
    /// How the brief, cluster and export routes fuse (source reliabilities and limits).
    pub fusion: fuse::Options,
}

impl Config {
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            token: None,
            max_body_bytes: ingest::DEFAULT_MAX_BYTES as usize,
            request_timeout: Duration::from_secs(60),
            fusion: fuse::Options::default(),
        }
    }
}

/// Reads the token from a file: its first line, trimmed. An empty file is an error, so a
/// misconfigured deployment does not silently run without writes.
pub fn read_token_file(path: &std::path::Path) -> Result<String> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the token file {}", path.display()))?;
    let token = text.lines().next().unwrap_or("").trim().to_string();
    if token.is_empty() {
        bail!("the token file {} is empty", path.display());
    }
    Ok(token)
}

/// What every handler shares.
pub struct AppState {
    pub stores: stores::Stores,
    pub token: Option<String>,
    /// True when reads need the token (the server listens beyond loopback).
    pub reads_need_token: bool,
    pub max_body_bytes: usize,
    pub fusion: fuse::Options,
    /// Fused ledgers kept for the brief, cluster and export routes.
    pub fusions: fusions::Fusions,
}

/// A bound server, ready to run.
pub struct Server {
    listener: tokio::net::TcpListener,
    app: axum::Router,
}

impl Server {
    /// Opens the store (creating or migrating it) and binds `addr`.
    pub async fn bind(addr: SocketAddr, config: Config) -> Result<Server> {
        let loopback = addr.ip().is_loopback();
        if !loopback && config.token.is_none() {
            bail!(
                "refusing to serve on the non-loopback address {addr} without a token: \
                 set DOSSIER_TOKEN or pass --token-file PATH"
            );
        }
        let stores = stores::Stores::open(&config.db)?;
        let state = Arc::new(AppState {
            stores,
            token: config.token.clone(),
            reads_need_token: !loopback,
            max_body_bytes: config.max_body_bytes,
            fusion: config.fusion.clone(),
            fusions: fusions::Fusions::new(),
        });
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr}"))?;
        let app = routes::router(state, &config);
        Ok(Server { listener, app })
    }

    /// The address actually bound (port 0 becomes a real port).
    pub fn local_addr(&self) -> Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    /// Serves until `shutdown` resolves, then lets requests in flight finish.
    pub async fn run(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<()> {
        axum::serve(self.listener, self.app)
            .with_graceful_shutdown(shutdown)
            .await
            .context("the server stopped with an error")
    }
}

/// Runs the server until Ctrl-C, on its own runtime: what `dossier serve` calls.
/// `on_ready` is called with the bound address once the server accepts connections.
pub fn serve_blocking(
    addr: SocketAddr,
    config: Config,
    on_ready: impl FnOnce(SocketAddr),
) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let server = Server::bind(addr, config).await?;
        on_ready(server.local_addr()?);
        server
            .run(async {
                // An error installing the handler means no Ctrl-C: run until killed.
                if tokio::signal::ctrl_c().await.is_err() {
                    std::future::pending::<()>().await;
                }
            })
            .await
    })
}
