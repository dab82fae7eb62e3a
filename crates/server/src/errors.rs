//! JSON errors: `{"error": {"status": 404, "code": "not_found", "message": "..."}}`.

use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// An error answer of the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

/// A short machine-readable name of a status, stable across messages.
pub fn code_of(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "bad_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        408 => "timeout",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        422 => "unprocessable",
        500 => "internal",
        503 => "unavailable",
        _ => "error",
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({"error": {
            "status": self.status.as_u16(),
            "code": code_of(self.status),
            "message": self.message,
        }});
        (self.status, axum::Json(body)).into_response()
    }
}

impl From<store::Error> for ApiError {
    fn from(error: store::Error) -> ApiError {
        match error {
            store::Error::UnknownDocument(_) => ApiError::not_found(error.to_string()),
            store::Error::Invalid(_) => ApiError::bad_request(error.to_string()),
            other => ApiError::internal(format!("store: {other}")),
        }
    }
}

/// Wraps the error answers that axum and tower-http write as plain text (unknown route,
/// wrong method, body too large, timeout, a query string that does not parse) into the API's
/// JSON error, keeping their status and text.
pub async fn json_errors(response: Response) -> Response {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // These bodies are a line of text; anything longer is cut, not buffered whole.
    let text = match axum::body::to_bytes(body, 16 * 1024).await {
        Ok(bytes) => String::from_utf8_lossy(&bytes).trim().to_string(),
        Err(_) => String::new(),
    };
    let message = if text.is_empty() {
        default_message(status).to_string()
    } else {
        text
    };
    let body =
        json!({"error": {"status": status.as_u16(), "code": code_of(status), "message": message}});
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body.to_string()))
}

fn default_message(status: StatusCode) -> &'static str {
    match status.as_u16() {
        404 => "no such route (see /openapi.json)",
        405 => "this route does not take this method (see /openapi.json)",
        408 => "the request took too long and was stopped",
        413 => "the request body is over the size limit",
        _ => status.canonical_reason().unwrap_or("error"),
    }
}
