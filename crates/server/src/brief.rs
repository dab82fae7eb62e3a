//! The fused views: the brief, its clusters, and the exports. The ledger is loaded and
//! selected by `report::ledger`, as `dossier brief` does, fused by `fuse` (once per store
//! revision and period, kept in [`crate::fusions`]), rendered by `report`.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use fuse::Fused;
use serde::Deserialize;
use store::{ClaimFilter, Store};

use crate::api::Shared;
use crate::auth::{self, Access};
use crate::errors::ApiError;
use crate::fusions::{FusedLedger, FusionKey};
use crate::AppState;

/// Filters of the brief and clusters, as `dossier brief` takes them.
#[derive(Debug, Default, Deserialize)]
pub struct BriefQuery {
    /// Keeps clusters whose statement, claims or sources contain every word.
    pub q: Option<String>,
    /// Claims said (else published) on or after this date.
    pub since: Option<String>,
    /// Claims said (else published) on or before this date, the whole period included.
    pub until: Option<String>,
    /// `json` (default), `html`, `text` or `markdown`.
    pub format: Option<String>,
}

/// A fused ledger as one request sees it: the shared fusion, narrowed by `q` where given.
struct View {
    ledger: Arc<FusedLedger>,
    /// The clusters `q` keeps, copied out of the shared fusion; None without `q`.
    selected: Option<Fused>,
}

impl View {
    fn fused(&self) -> &Fused {
        self.selected.as_ref().unwrap_or(&self.ledger.fused)
    }
}

fn clean(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
}

/// Renders the fused ledger for the query with `render`, on a blocking thread: fusing on a
/// miss and rendering a brief of thousands of claims both take long enough to stall the async
/// threads. The fusion is kept from an earlier request while the store's revision is
/// unchanged, else loaded and fused now (see [`crate::fusions`]).
async fn render_fused<T: Send + 'static>(
    state: Shared,
    query: &BriefQuery,
    render: impl FnOnce(&AppState, &View) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let (q, since, until) = (clean(&query.q), clean(&query.since), clean(&query.until));
    tokio::task::spawn_blocking(move || {
        let ledger = fused_ledger(&state, since, until)?;
        let selected = q
            .as_deref()
            .map(|q| report::ledger::selected(&ledger.fused, q));
        render(&state, &View { ledger, selected })
    })
    .await
    .unwrap_or_else(|_| Err(ApiError::internal("fusion failed inside the server")))
}

/// Blocking: one indexed read of the revision when the fusion is kept.
fn fused_ledger(
    state: &AppState,
    since: Option<String>,
    until: Option<String>,
) -> Result<Arc<FusedLedger>, ApiError> {
    let loading = |e: store::Error| ApiError::internal(format!("loading the ledger: {e}"));
    let revision = state
        .stores
        .read(|store| store.revision())
        .map_err(loading)?;
    let key = FusionKey {
        revision,
        since,
        until,
    };
    if let Some(kept) = state.fusions.get(&key) {
        return Ok(kept);
    }
    // The revision is read again with the ledger, in one snapshot: a write committed since
    // the read above must not be kept under the older revision.
    let (revision, docs, claims) = state
        .stores
        .read(|store| {
            store.snapshot(|store| {
                let revision = store.revision()?;
                let (docs, claims) =
                    report::ledger::load(store, key.since.as_deref(), key.until.as_deref())?;
                Ok((revision, docs, claims))
            })
        })
        .map_err(loading)?;
    let fused = fuse::fuse(&docs, &claims, &state.fusion);
    let ledger = Arc::new(FusedLedger {
        docs,
        claims,
        fused,
    });
    state
        .fusions
        .insert(FusionKey { revision, ..key }, ledger.clone());
    Ok(ledger)
}

/// `GET /api/brief`: the fused brief (`report::json`, or another rendering by `format`).
pub async fn brief(
    State(state): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<BriefQuery>,
) -> Result<Response, ApiError> {
    auth::check(&state, &headers, Access::Read)?;
    let format = clean(&query.format).unwrap_or_else(|| "json".into());
    if !matches!(format.as_str(), "json" | "html" | "text" | "markdown") {
        return Err(ApiError::bad_request(format!(
            "unknown brief format {format:?}: use json, html, text or markdown"
        )));
    }
    let q = clean(&query.q);
    render_fused(state, &query, move |_, view| {
        let fused = view.fused();
        Ok(match format.as_str() {
            "html" => (
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                report::html(fused),
            )
                .into_response(),
            "text" => text_response(report::text(fused, false)),
            "markdown" => (
                [(header::CONTENT_TYPE, "text/markdown; charset=utf-8")],
                report::text(fused, true),
            )
                .into_response(),
            _ => Json(report::json(fused, q.as_deref())).into_response(),
        })
    })
    .await
}

fn text_response(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

/// `GET /api/clusters`: the clusters of the brief alone.
pub async fn clusters(
    State(state): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<BriefQuery>,
) -> Result<Response, ApiError> {
    auth::check(&state, &headers, Access::Read)?;
    render_fused(state, &query, |_, view| {
        Ok(Json(&view.fused().clusters).into_response())
    })
    .await
}

/// `GET /api/export` query.
#[derive(Debug, Default, Deserialize)]
pub struct ExportQuery {
    /// `json` (brief and ledger), `csv` (claims) or `stix` (a STIX 2.1 bundle).
    pub format: Option<String>,
}

/// `GET /api/export`: the whole ledger fused, as `dossier export` writes it.
pub async fn export(
    State(state): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<ExportQuery>,
) -> Result<Response, ApiError> {
    auth::check(&state, &headers, Access::Read)?;
    let format = clean(&query.format).unwrap_or_else(|| "json".into());
    if !matches!(format.as_str(), "json" | "csv" | "stix") {
        return Err(ApiError::bad_request(format!(
            "unknown export format {format:?}: use json, csv or stix"
        )));
    }
    render_fused(state, &BriefQuery::default(), move |state, view| {
        let fusion = &view.ledger;
        Ok(match format.as_str() {
            "csv" => (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (
                        header::CONTENT_DISPOSITION,
                        "attachment; filename=\"dossier-claims.csv\"",
                    ),
                ],
                report::csv(&fusion.docs, &fusion.claims, &fusion.fused),
            )
                .into_response(),
            "stix" => Json(report::stix_bundle(&fusion.docs, &fusion.fused)).into_response(),
            _ => {
                let ledger = state
                    .stores
                    .read(|store| store.list_claims(&ClaimFilter::default()))?;
                let mut value = report::json(&fusion.fused, None);
                value["ledger"] = serde_json::to_value(&ledger)
                    .map_err(|e| ApiError::internal(format!("rendering the ledger: {e}")))?;
                Json(value).into_response()
            }
        })
    })
    .await
}
