//! The route table. Routes are added through [`Routes`], which records each method and path
//! as it registers them, so [`route_list`] is exactly what the router serves; a test checks
//! it against the hand-written OpenAPI document (`data/openapi.json`).

use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::StatusCode;
use axum::middleware;
use axum::routing::MethodRouter;
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::api::{self, Shared};
use crate::{assets, brief, AppState, Config};

/// The OpenAPI 3 description of every route.
pub const OPENAPI: &str = include_str!("../data/openapi.json");

/// Registers routes and remembers them.
struct Routes {
    paths: Vec<(&'static str, MethodRouter<Shared>)>,
    listed: Vec<(String, String)>,
}

impl Routes {
    fn new() -> Routes {
        Routes {
            paths: Vec::new(),
            listed: Vec::new(),
        }
    }

    fn add(
        &mut self,
        method: &'static str,
        path: &'static str,
        with: impl FnOnce(MethodRouter<Shared>) -> MethodRouter<Shared>,
    ) {
        self.listed.push((method.to_string(), path.to_string()));
        match self.paths.iter_mut().find(|(p, _)| *p == path) {
            Some((_, router)) => *router = with(std::mem::take(router)),
            None => self.paths.push((path, with(MethodRouter::new()))),
        }
    }

    fn get<H: Handler<T, Shared>, T: 'static>(&mut self, path: &'static str, handler: H) {
        self.add("get", path, |m| m.get(handler));
    }

    fn post<H: Handler<T, Shared>, T: 'static>(&mut self, path: &'static str, handler: H) {
        self.add("post", path, |m| m.post(handler));
    }
}

fn table() -> Routes {
    let mut routes = Routes::new();
    // The UI: one page and its two assets.
    routes.get("/", assets::index);
    routes.get("/assets/{file}", assets::asset);
    routes.get("/openapi.json", api::openapi);
    routes.get("/api/health", api::health);
    routes.get("/api/documents", api::list_documents);
    routes.post("/api/documents", api::ingest_documents);
    // A catch-all: ids may hold slashes (feed guids are often URLs), encoded or not.
    routes.get("/api/documents/{*id}", api::get_document);
    routes.get("/api/claims", api::list_claims);
    routes.get("/api/brief", brief::brief);
    routes.get("/api/clusters", brief::clusters);
    routes.get("/api/export", brief::export);
    routes
}

/// Every `(method, path)` the router serves, lower-case methods, in OpenAPI's `{param}`
/// syntax (axum's catch-all `{*param}` written as `{param}`).
pub fn route_list() -> Vec<(String, String)> {
    table()
        .listed
        .into_iter()
        .map(|(method, path)| (method, path.replace("{*", "{")))
        .collect()
}

/// The application: routes, limits, timeouts, JSON errors and security headers.
pub fn router(state: Arc<AppState>, config: &Config) -> Router {
    let mut router = Router::new();
    for (path, method_router) in table().paths {
        router = router.route(path, method_router);
    }
    router
        .fallback(api::not_found)
        .with_state(state)
        // Body limit twice: tower-http refuses by Content-Length before reading; axum's
        // limit (default 2 MB) must be raised to the same figure for the `Bytes` extractor.
        .layer(DefaultBodyLimit::max(config.max_body_bytes))
        .layer(RequestBodyLimitLayer::new(config.max_body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout_or_default(config.request_timeout),
        ))
        .layer(middleware::map_response(crate::errors::json_errors))
        .layer(middleware::map_response(assets::security_headers))
}

fn timeout_or_default(timeout: Duration) -> Duration {
    if timeout.is_zero() {
        Duration::from_secs(60)
    } else {
        timeout
    }
}
