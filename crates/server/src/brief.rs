//! The fused views: the brief, its clusters, and the exports. The ledger is loaded and
//! selected by `report::ledger`, as `dossier brief` does, fused by `fuse`, rendered by `report`.

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use fuse::{ClaimInput, DocInput, Fused};
use serde::Deserialize;
use store::{ClaimFilter, Store};

use crate::api::Shared;
use crate::auth::{self, Access};
use crate::errors::ApiError;

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

struct Loaded {
    docs: Vec<DocInput>,
    claims: Vec<ClaimInput>,
    fused: Fused,
}

fn clean(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
}

/// Loads and fuses on a blocking thread.
async fn fused(state: Shared, query: &BriefQuery) -> Result<Loaded, ApiError> {
    let (q, since, until) = (clean(&query.q), clean(&query.since), clean(&query.until));
    tokio::task::spawn_blocking(move || {
        let (docs, claims) = state
            .stores
            .read(|store| report::ledger::load(store, since.as_deref(), until.as_deref()))
            .map_err(|e| ApiError::internal(format!("loading the ledger: {e}")))?;
        let mut fused = fuse::fuse(&docs, &claims, &state.fusion);
        if let Some(q) = &q {
            report::ledger::select(&mut fused, q);
        }
        Ok(Loaded {
            docs,
            claims,
            fused,
        })
    })
    .await
    .unwrap_or_else(|_| Err(ApiError::internal("fusion failed inside the server")))
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
    let loaded = fused(state, &query).await?;
    let q = clean(&query.q);
    Ok(match format.as_str() {
        "html" => (
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            report::html(&loaded.fused),
        )
            .into_response(),
        "text" => text_response(report::text(&loaded.fused, false)),
        "markdown" => (
            [(header::CONTENT_TYPE, "text/markdown; charset=utf-8")],
            report::text(&loaded.fused, true),
        )
            .into_response(),
        _ => Json(report::json(&loaded.fused, q.as_deref())).into_response(),
    })
}

fn text_response(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

/// `GET /api/clusters`: the clusters of the brief alone.
pub async fn clusters(
    State(state): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<BriefQuery>,
) -> Result<Json<Vec<fuse::Cluster>>, ApiError> {
    auth::check(&state, &headers, Access::Read)?;
    let loaded = fused(state, &query).await?;
    Ok(Json(loaded.fused.clusters))
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
    let reader = state.clone();
    let loaded = fused(state, &BriefQuery::default()).await?;
    Ok(match format.as_str() {
        "csv" => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"dossier-claims.csv\"",
                ),
            ],
            report::csv(&loaded.docs, &loaded.claims, &loaded.fused),
        )
            .into_response(),
        "stix" => Json(report::stix_bundle(&loaded.docs, &loaded.fused)).into_response(),
        _ => {
            let ledger = tokio::task::spawn_blocking(move || {
                reader
                    .stores
                    .read(|store| store.list_claims(&ClaimFilter::default()))
            })
            .await
            .map_err(|_| ApiError::internal("reading the ledger failed"))??;
            let mut value = report::json(&loaded.fused, None);
            value["ledger"] = serde_json::to_value(&ledger)
                .map_err(|e| ApiError::internal(format!("rendering the ledger: {e}")))?;
            Json(value).into_response()
        }
    })
}
