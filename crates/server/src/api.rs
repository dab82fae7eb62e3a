//! The JSON API's handlers. Each runs its SQLite and extraction work on a blocking thread.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::json;
use store::{ClaimFilter, DocFilter, DocSummary, Store};

use crate::auth::{self, Access};
use crate::errors::ApiError;
use crate::AppState;

pub type Shared = Arc<AppState>;

/// Runs blocking work off the async threads; a panic inside becomes a 500, not a crash.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|_| Err(ApiError::internal("the request failed inside the server")))
}

/// Filters of `GET /api/documents`, as `dossier docs` takes them, plus `q` for full-text
/// search.
#[derive(Debug, Default, Deserialize)]
pub struct DocQuery {
    pub q: Option<String>,
    pub source: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub limit: Option<usize>,
}

/// Search results are capped: a search box does not need ten thousand rows.
const DEFAULT_SEARCH_LIMIT: usize = 200;

pub async fn list_documents(
    State(state): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<DocQuery>,
) -> Result<Json<Vec<DocSummary>>, ApiError> {
    auth::check(&state, &headers, Access::Read)?;
    let filter = DocFilter {
        source: non_empty(query.source),
        since: non_empty(query.since),
        until: non_empty(query.until),
        limit: query.limit,
    };
    let q = non_empty(query.q);
    let list = blocking(move || {
        state
            .stores
            .read(|store| match &q {
                None => store.list_documents(&filter),
                Some(q) => {
                    let limit = filter.limit.unwrap_or(DEFAULT_SEARCH_LIMIT);
                    let found = store.search_documents(q, limit)?;
                    Ok(found.into_iter().filter(|d| matches(d, &filter)).collect())
                }
            })
            .map_err(ApiError::from)
    })
    .await?;
    Ok(Json(list))
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

/// The document filter applied to search results, with the store's semantics: `source` is a
/// case-insensitive substring, dates are prefixes (`until` covers the whole period it names),
/// and undated documents are left out when a date bound is given.
fn matches(doc: &DocSummary, filter: &DocFilter) -> bool {
    if let Some(source) = &filter.source {
        let wanted = source.to_lowercase();
        if !doc
            .source
            .as_deref()
            .is_some_and(|s| s.to_lowercase().contains(&wanted))
        {
            return false;
        }
    }
    if filter.since.is_none() && filter.until.is_none() {
        return true;
    }
    let Some(published) = doc.published.as_deref() else {
        return false;
    };
    if let Some(since) = &filter.since {
        if published < since.as_str() {
            return false;
        }
    }
    if let Some(until) = &filter.until {
        let head = published.get(..until.len()).unwrap_or(published);
        if head > until.as_str() {
            return false;
        }
    }
    true
}

/// `GET /api/documents/{id}`: the document with its text, mentions and attributions.
pub async fn get_document(
    State(state): State<Shared>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    auth::check(&state, &headers, Access::Read)?;
    blocking(move || {
        state
            .stores
            .read(|store| {
                let Some(stored) = store.get_document(&id)? else {
                    return Ok(None);
                };
                let mentions = store.mentions(&id)?;
                let attributions = store.attributions(&id)?;
                Ok(Some(json!({
                    "document": stored,
                    "mentions": mentions,
                    "attributions": attributions,
                })))
            })
            .map_err(ApiError::from)?
            .map(Json)
            .ok_or_else(|| ApiError::not_found(format!("no stored document has id {id:?}")))
    })
    .await
}

/// Filters of `GET /api/claims`, as `dossier claims` takes them.
#[derive(Debug, Default, Deserialize)]
pub struct ClaimQuery {
    pub source: Option<String>,
    pub about: Option<String>,
    pub doc: Option<String>,
    pub limit: Option<usize>,
}

pub async fn list_claims(
    State(state): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<ClaimQuery>,
) -> Result<Json<Vec<store::ClaimRow>>, ApiError> {
    auth::check(&state, &headers, Access::Read)?;
    let filter = ClaimFilter {
        source: non_empty(query.source),
        about: non_empty(query.about),
        doc_id: non_empty(query.doc),
        limit: query.limit,
    };
    let list = blocking(move || {
        state
            .stores
            .read(|store| store.list_claims(&filter))
            .map_err(ApiError::from)
    })
    .await?;
    Ok(Json(list))
}

/// `GET /api/health`: the server is up and the store answers.
pub async fn health(State(state): State<Shared>) -> Result<Json<serde_json::Value>, ApiError> {
    let documents = blocking(move || {
        state
            .stores
            .read(|store| store.count_documents())
            .map_err(ApiError::from)
    })
    .await?;
    Ok(Json(json!({"ok": true, "documents": documents})))
}

/// `POST /api/documents` query: the upload's name (errors and the stored origin say it) and
/// a format hint (a file extension such as `html`, `jsonl`, `rss`).
#[derive(Debug, Default, Deserialize)]
pub struct IngestQuery {
    pub name: Option<String>,
    pub format: Option<String>,
}

/// The answer to an upload: one outcome per document read, one error per bad record.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct IngestResponse {
    /// Documents read from the body.
    pub read: usize,
    /// Stored now (near duplicates included).
    pub stored: usize,
    pub near_duplicates: usize,
    /// Already stored (same id or same text): nothing changed.
    pub duplicates: usize,
    /// Id already stored with another text: skipped.
    pub conflicts: usize,
    pub documents: Vec<DocumentOutcome>,
    pub errors: Vec<RecordError>,
}

/// What happened to one document of an upload.
#[derive(Debug, Serialize, Deserialize)]
pub struct DocumentOutcome {
    pub id: String,
    pub title: Option<String>,
    /// `inserted`, `near_duplicate`, `same_id`, `same_text` or `id_conflict`.
    pub status: String,
    /// The stored document this one duplicates, where it does.
    pub of: Option<String>,
    pub similarity: Option<f64>,
    /// Where in the upload: `line 3`, `item 2`.
    pub locator: Option<String>,
}

/// One bad record of an upload.
#[derive(Debug, Serialize, Deserialize)]
pub struct RecordError {
    pub locator: Option<String>,
    /// `unreadable`, `too_large`, `not_text`, `encoding`, `malformed`, `missing_field`, `empty`,
    /// or `internal` (a fault of dossier's own on the document, which is not stored).
    pub kind: String,
    pub message: String,
}

fn kind_name(kind: ingest::ErrorKind) -> &'static str {
    use ingest::ErrorKind::*;
    match kind {
        Unreadable => "unreadable",
        TooLarge => "too_large",
        NotText => "not_text",
        Encoding => "encoding",
        Malformed => "malformed",
        MissingField => "missing_field",
        Empty => "empty",
    }
}

/// The format hint of an upload: `?format=` first, then the Content-Type, then the
/// extension of `?name=`. Content decides in the end (see `ingest::detect`).
fn format_hint(query: &IngestQuery, headers: &HeaderMap) -> Option<String> {
    if let Some(format) = non_empty(query.format.clone()) {
        return Some(format.trim().trim_start_matches('.').to_ascii_lowercase());
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
    let from_type = match content_type.as_deref() {
        Some("text/html" | "application/xhtml+xml") => Some("html"),
        Some("application/json" | "application/x-ndjson" | "application/jsonl") => Some("jsonl"),
        Some("application/rss+xml") => Some("rss"),
        Some("application/atom+xml") => Some("atom"),
        Some("application/xml" | "text/xml") => Some("xml"),
        Some("text/plain") => Some("txt"),
        _ => None,
    };
    if let Some(hint) = from_type {
        return Some(hint.to_string());
    }
    let name = query.name.as_deref()?;
    let ext = std::path::Path::new(name).extension()?.to_str()?;
    Some(ext.to_ascii_lowercase())
}

/// `POST /api/documents`: reads the body as `dossier ingest` reads a file, annotates and
/// stores each document. See the crate docs for the status codes.
pub async fn ingest_documents(
    State(state): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<IngestQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    auth::check(&state, &headers, Access::Write)?;
    let hint = format_hint(&query, &headers);
    let name = non_empty(query.name).unwrap_or_else(|| "upload".to_string());
    let max_bytes = state.max_body_bytes as u64;
    blocking(move || {
        let opts = ingest::Options {
            max_bytes,
            ..ingest::Options::default()
        };
        let mut response = IngestResponse::default();
        let mut too_large = false;
        let mut docs = Vec::new();
        for outcome in ingest::read_bytes(&name, &body, hint.as_deref(), &opts) {
            match outcome {
                Ok(doc) => docs.push(doc),
                Err(error) => {
                    too_large |= error.kind == ingest::ErrorKind::TooLarge;
                    response.errors.push(RecordError {
                        locator: error.locator,
                        kind: kind_name(error.kind).to_string(),
                        message: error.message,
                    });
                }
            }
        }
        // Extraction runs here, outside the writer's lock: only the insert is serialized.
        let mut annotated = Vec::with_capacity(docs.len());
        for doc in docs {
            match crate::pipeline::extraction(&doc) {
                Ok(extraction) => annotated.push((doc, extraction)),
                Err(message) => response.errors.push(RecordError {
                    locator: doc.origin.locator.clone(),
                    kind: "internal".to_string(),
                    message,
                }),
            }
        }
        response.read = annotated.len();
        if !annotated.is_empty() {
            let report = state.stores.insert(&annotated)?;
            for (outcome, (doc, _)) in report.outcomes.iter().zip(&annotated) {
                use store::InsertStatus::*;
                let (status, of, similarity) = match &outcome.status {
                    Inserted => ("inserted", None, None),
                    NearDuplicate { of, similarity } => {
                        ("near_duplicate", Some(of.clone()), Some(*similarity))
                    }
                    SameId => ("same_id", Some(doc.id.clone()), None),
                    SameText { of } => ("same_text", Some(of.clone()), None),
                    IdConflict => ("id_conflict", None, None),
                };
                match &outcome.status {
                    Inserted => response.stored += 1,
                    NearDuplicate { .. } => {
                        response.stored += 1;
                        response.near_duplicates += 1;
                    }
                    SameId | SameText { .. } => response.duplicates += 1,
                    IdConflict => response.conflicts += 1,
                }
                response.documents.push(DocumentOutcome {
                    id: outcome.id.clone(),
                    title: doc.title.clone(),
                    status: status.to_string(),
                    of,
                    similarity,
                    locator: doc.origin.locator.clone(),
                });
            }
        }
        let status = ingest_status(&response, too_large);
        Ok((status, Json(response)).into_response())
    })
    .await
}

/// The status of an upload's answer (crate docs: 201, 200, 207, 422, 413).
pub fn ingest_status(response: &IngestResponse, too_large: bool) -> StatusCode {
    let failed = response.errors.len() + response.conflicts;
    let fine = response.stored + response.duplicates;
    if fine == 0 {
        if too_large {
            StatusCode::PAYLOAD_TOO_LARGE
        } else if response.conflicts > 0 && response.errors.is_empty() {
            StatusCode::CONFLICT
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        }
    } else if failed > 0 {
        StatusCode::MULTI_STATUS
    } else if response.stored > 0 {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    }
}

/// `GET /openapi.json`.
pub async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        crate::routes::OPENAPI,
    )
        .into_response()
}

/// Fallback for unknown routes.
pub async fn not_found() -> ApiError {
    ApiError::not_found("no such route (see /openapi.json)")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(source: Option<&str>, published: Option<&str>) -> DocSummary {
        DocSummary {
            id: "d".into(),
            title: None,
            published: published.map(String::from),
            source: source.map(String::from),
            format: model::SourceFormat::Text,
            chars: 0,
            duplicate_of: None,
        }
    }

    #[test]
    fn search_results_are_filtered_like_listings() {
        let doc = summary(Some("Harbour Gazette"), Some("2025-03-04T09:00:00Z"));
        let by = |source: Option<&str>, since: Option<&str>, until: Option<&str>| DocFilter {
            source: source.map(String::from),
            since: since.map(String::from),
            until: until.map(String::from),
            limit: None,
        };
        assert!(matches(&doc, &by(Some("harbour"), None, None)));
        assert!(!matches(&doc, &by(Some("ledger"), None, None)));
        assert!(matches(
            &doc,
            &by(None, Some("2025-03-04"), Some("2025-03"))
        ));
        assert!(!matches(&doc, &by(None, Some("2025-03-05"), None)));
        assert!(!matches(&doc, &by(None, None, Some("2025-03-03"))));
        assert!(!matches(
            &summary(None, None),
            &by(None, Some("2020"), None)
        ));
    }

    #[test]
    fn the_hint_comes_from_the_query_then_the_type_then_the_name() {
        let mut headers = HeaderMap::new();
        let query = |format: Option<&str>, name: Option<&str>| IngestQuery {
            format: format.map(String::from),
            name: name.map(String::from),
        };
        assert_eq!(
            format_hint(&query(None, Some("a.rss")), &headers).as_deref(),
            Some("rss")
        );
        headers.insert(
            header::CONTENT_TYPE,
            "text/html; charset=utf-8".parse().unwrap(),
        );
        assert_eq!(
            format_hint(&query(None, Some("a.rss")), &headers).as_deref(),
            Some("html")
        );
        assert_eq!(
            format_hint(&query(Some(".JSONL"), None), &headers).as_deref(),
            Some("jsonl")
        );
    }

    #[test]
    fn upload_statuses_follow_the_policy() {
        let with = |stored, duplicates, conflicts, errors: usize| IngestResponse {
            stored,
            duplicates,
            conflicts,
            errors: (0..errors)
                .map(|_| RecordError {
                    locator: None,
                    kind: "malformed".into(),
                    message: String::new(),
                })
                .collect(),
            ..IngestResponse::default()
        };
        assert_eq!(ingest_status(&with(2, 0, 0, 0), false), StatusCode::CREATED);
        assert_eq!(ingest_status(&with(0, 2, 0, 0), false), StatusCode::OK);
        assert_eq!(
            ingest_status(&with(1, 0, 0, 1), false),
            StatusCode::MULTI_STATUS
        );
        assert_eq!(
            ingest_status(&with(0, 1, 1, 0), false),
            StatusCode::MULTI_STATUS
        );
        assert_eq!(
            ingest_status(&with(0, 0, 0, 1), false),
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(
            ingest_status(&with(0, 0, 1, 0), false),
            StatusCode::CONFLICT
        );
        assert_eq!(
            ingest_status(&with(0, 0, 0, 1), true),
            StatusCode::PAYLOAD_TOO_LARGE
        );
    }
}
