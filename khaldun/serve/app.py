"""The HTTP API (versioned under /api/v1, described by /api/v1/openapi.json) and the web
interface, served by one ASGI app over a read-only database.

Safety by construction: only GET routes read data; the one write-like route (reload) needs the
admin token; every value reaches SQL as a bound parameter; page sizes, request sizes and query
time are capped; no CORS headers are sent unless origins are named.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
from contextlib import ExitStack, asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Header, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, browse, explore
from ..errors import ConfigError, KhaldunError, StoreError
from ..store.db import Filters, parse_bbox
from ..store.export import stream
from .source import QueryTimeout, ServedDatabase

log = logging.getLogger("khaldun.serve")

API = "/api/v1"
MAX_PAGE = 1000
MAX_URL = 4096
MAX_BODY = 16 * 1024
EXPORT_TIMEOUT_FACTOR = 30  # an export may run this many times the query time limit
STATIC = Path(str(resources.files("khaldun") / "serve" / "static"))
VENDOR_FILES = ("d3.min.js", "topojson-client.min.js", "countries-50m.json")


@dataclass
class ServerSettings:
    db: Path
    query_timeout: float = 10.0
    admin_token: str | None = None
    cors_origins: tuple[str, ...] = ()


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details: list | None = None):
        self.status, self.code, self.message, self.details = status, code, message, details


def _error(status: int, code: str, message: str, details: list | None = None) -> JSONResponse:
    body = {"error": {"status": status, "code": code, "message": message}}
    if details:
        body["error"]["details"] = details
    return JSONResponse(body, status_code=status)


def event_filters(
    type: Annotated[str | None, Query(max_length=40, description="PLOVER type, e.g. ASSAULT")] = None,
    cameo: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$", description="CAMEO code or prefix, e.g. 19")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Part of an actor's name, or an actor id")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO alpha-3 of source, target or location")] = None,
    since: Annotated[dt.date | None, Query(description="Events that may have happened on or after (YYYY-MM-DD)")] = None,
    until: Annotated[dt.date | None, Query(description="Events that may have happened on or before (YYYY-MM-DD)")] = None,
    certainty: Annotated[Literal["asserted", "hedged", "negated", "question", "conditional", "hypothetical"] | None, Query()] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words that must all appear in the sentence")] = None,
    bbox: Annotated[str | None, Query(max_length=100, description="WEST,SOUTH,EAST,NORTH in degrees")] = None,
    document: Annotated[str | None, Query(max_length=200, description="Only this document id")] = None,
) -> Filters:
    if since and until and since > until:
        raise ApiError(400, "E501", f"since ({since}) is after until ({until}).")
    try:
        box = parse_bbox(bbox)
    except ConfigError as exc:
        raise ApiError(400, "E501", exc.message, [{"parameter": "bbox"}]) from None
    return Filters(type=type, cameo=cameo, actor=actor, country=country, since=since, until=until,
                   certainty=certainty, text=q, bbox=box, document=document)


FilterDep = Annotated[Filters, Depends(event_filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE})")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def create_app(settings: ServerSettings) -> FastAPI:
    served = ServedDatabase(settings.db, query_timeout=settings.query_timeout)

    @asynccontextmanager
    async def lifespan(app):
        yield
        served.close()

    app = FastAPI(title="khaldun", version=__version__, openapi_url=f"{API}/openapi.json", lifespan=lifespan,
                  docs_url=f"{API}/docs", redoc_url=None,
                  description="Events coded from news text: who did what to whom, when and where, "
                              "each tied to the sentence that says it. Read-only.")
    app.state.served = served

    def read(query):
        try:
            with served.reader() as store:
                return query(store)
        except QueryTimeout as exc:
            raise ApiError(503, "E503", str(exc)) from None
        except ConfigError as exc:
            raise ApiError(400, exc.code, exc.message) from None
        except StoreError as exc:
            raise ApiError(503, exc.code, exc.message) from None

    # -- guards and errors -------------------------------------------------------------------
    @app.middleware("http")
    async def guard(request: Request, call_next):
        if len(str(request.url)) > MAX_URL:
            return _error(414, "E504", f"The URL is longer than {MAX_URL} characters; use fewer or shorter filters.")
        length = request.headers.get("content-length")
        if (length and (not length.isdigit() or int(length) > MAX_BODY)) or request.headers.get("transfer-encoding"):
            return _error(413, "E504", f"Request bodies are limited to {MAX_BODY} bytes.")
        origin = request.headers.get("origin")
        if request.method == "OPTIONS" and origin:
            if origin not in settings.cors_origins:
                return _error(403, "E505", "Cross-origin requests are not allowed by this server.")
            return JSONResponse({}, headers=_cors(origin))
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if origin and origin in settings.cors_origins:
            response.headers.update(_cors(origin))
        return response

    @app.exception_handler(ApiError)
    async def api_error(request, exc: ApiError):
        return _error(exc.status, exc.code, exc.message, exc.details)

    @app.exception_handler(QueryTimeout)
    async def query_timeout(request, exc: QueryTimeout):  # an export stopped before its first rows
        return _error(503, "E503", str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request, exc: RequestValidationError):
        details = [{"parameter": ".".join(str(p) for p in e["loc"][1:]) or str(e["loc"][0]), "problem": e["msg"]}
                   for e in exc.errors()]
        names = ", ".join(d["parameter"] for d in details)
        return _error(400, "E501", f"Bad parameter(s): {names}. See {API}/docs for the accepted values.", details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request, exc: StarletteHTTPException):
        code = {404: "E502", 405: "E506"}.get(exc.status_code, "E500")
        message = {404: f"No such resource: {request.url.path}. The API lives under {API}; see {API}/docs.",
                   405: f"{request.method} is not allowed here; this API is read-only."}.get(exc.status_code, str(exc.detail))
        return _error(exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def unexpected(request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return _error(500, "E500", "Unexpected server error; the server log has the details.")

    # -- the API ------------------------------------------------------------------------------
    @app.get(f"{API}/health", tags=["meta"], summary="Server and database status")
    def health():
        def q(store):
            s = store.summary()
            return {"status": "ok", "version": __version__, "database": str(settings.db),
                    "loaded_at": dt.datetime.fromtimestamp(served.loaded_at, dt.UTC).isoformat(timespec="seconds"),
                    **{k: s[k] for k in ("documents", "events", "reports", "actors", "rejected", "resolve_pending")},
                    "assets": all((STATIC / "vendor" / f).exists() for f in VENDOR_FILES)}
        return read(q)

    @app.get(f"{API}/facets", tags=["meta"], summary="Values the filters can take in this database")
    def facets():
        return read(browse.facets)

    @app.get(f"{API}/events", tags=["events"], summary="A page of events matching the filters")
    def events(filters: FilterDep, limit: Limit = 50, offset: Offset = 0,
               sort: Annotated[Literal[tuple(browse.SORTS)], Query()] = "date",
               order: Annotated[Literal["asc", "desc"], Query()] = "asc"):
        return read(lambda s: browse.event_page(s, filters, sort, order == "desc", limit, offset))

    @app.get(f"{API}/events/{{event_id}}", tags=["events"], summary="One event with every report of it")
    def event(event_id: Annotated[str, PathParam(max_length=200)]):
        return _found(read(lambda s: browse.event(s, event_id)), f"event {event_id!r}")

    @app.get(f"{API}/aggregates/timeline", tags=["aggregates"], summary="Event counts by time bucket and type")
    def timeline(filters: FilterDep,
                 interval: Annotated[Literal[browse.INTERVALS] | None, Query(description="Default: by the date range")] = None):
        return read(lambda s: browse.timeline(s, filters, interval))

    @app.get(f"{API}/aggregates/types", tags=["aggregates"], summary="Event counts by PLOVER type")
    def types(filters: FilterDep):
        return read(lambda s: browse.type_counts(s, filters))

    @app.get(f"{API}/map", tags=["aggregates"], summary="Located events clustered on a grid")
    def map_(filters: FilterDep,
             cell: Annotated[float | None, Query(gt=0, le=90, description="Grid cell in degrees")] = None,
             limit: Annotated[int, Query(ge=1, le=5000)] = 2000):
        return read(lambda s: browse.map_clusters(s, filters, cell, limit))

    @app.get(f"{API}/documents", tags=["documents"], summary="Documents, newest first")
    def documents(q: Annotated[str | None, Query(max_length=200)] = None, limit: Limit = 50, offset: Offset = 0):
        return read(lambda s: browse.documents(s, q, limit, offset))

    @app.get(f"{API}/documents/{{document_id}}", tags=["documents"],
             summary="A document's text with its actors, places, times and event triggers")
    def document(document_id: Annotated[str, PathParam(max_length=200)]):
        return _found(read(lambda s: browse.document(s, document_id)), f"document {document_id!r}")

    @app.get(f"{API}/actors", tags=["actors"], summary="Actors, most mentioned first, or those matching q")
    def actors(q: Annotated[str | None, Query(max_length=200)] = None,
               limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50):
        return read(lambda s: explore.list_actors(s, q, limit))

    @app.get(f"{API}/actors/{{actor}}", tags=["actors"], summary="An actor's dossier (by id or name)")
    def actor(actor: Annotated[str, PathParam(max_length=200)],
              events: Annotated[int, Query(ge=1, le=10_000, description="Timeline entries at most")] = 500):
        return _found(read(lambda s: explore.dossier(s, actor, max_events=events)), f"actor {actor!r}")

    @app.get(f"{API}/network", tags=["actors"], summary="Who acts on whom, the strongest ties first")
    def network(filters: FilterDep, edges: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 150):
        return read(lambda s: explore.network(s, filters, max_edges=edges))

    @app.get(f"{API}/export", tags=["events"], summary="The filtered events as JSONL or CSV (streamed)")
    def export(filters: FilterDep, format: Annotated[Literal["jsonl", "csv", "gdelt", "acled"], Query()] = "jsonl",
               limit: Annotated[int | None, Query(ge=1, le=10_000_000)] = None):
        filters.limit = limit
        with ExitStack() as stack:  # closed here on an error; handed to the response otherwise
            store = stack.enter_context(served.reader(timeout=EXPORT_TIMEOUT_FACTOR * settings.query_timeout))
            pieces = stream(store, format, filters)
            first = next(pieces, ("", 0))  # errors in the query surface before the headers go out
            held = stack.pop_all()

        def body():
            with held:
                yield first[0]
                for text, _ in pieces:
                    yield text

        media = "application/x-ndjson" if format == "jsonl" else "text/csv"
        name = f"khaldun-events.{'jsonl' if format == 'jsonl' else 'csv'}"
        return StreamingResponse(body(), media_type=f"{media}; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.post(f"{API}/admin/reload", tags=["meta"], summary="Open the database file again now (needs the admin token)")
    def reload(authorization: Annotated[str | None, Header()] = None):
        if not settings.admin_token:
            raise ApiError(403, "E505", "Admin routes are off; start the server with --admin-token to use them.")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), settings.admin_token.encode()):
            raise ApiError(401, "E505", "A valid 'Authorization: Bearer TOKEN' header is needed.")
        try:
            changed = served.reload()
        except KhaldunError as exc:
            raise ApiError(503, exc.code, exc.message) from None
        return {"reloaded": changed, "database": str(settings.db)}

    # -- the web interface ------------------------------------------------------------------------
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    return app


def _found(value, what: str):
    if value is None:
        raise ApiError(404, "E502", f"No {what} in this database.")
    return value


def _cors(origin: str) -> dict:
    return {"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Methods": "GET",
            "Access-Control-Allow-Headers": "Content-Type", "Vary": "Origin"}
