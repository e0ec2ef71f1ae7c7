"""The khaldun command line: thin wrappers over the library."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from importlib import resources
from pathlib import Path

import click

from .config import Settings
from .errors import KhaldunError
from .records import Certainty

DB_OPTION = click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
                         help="Database file (default ./khaldun.duckdb or $KHALDUN_DB).")


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _fail(exc: KhaldunError):
    raise click.ClickException(str(exc))


def _read(db: Path | None, query):
    """Open the database read-only, run ``query(store)``, turn khaldun errors into CLI errors."""
    from .store import Store

    try:
        with Store(Settings.from_env(db=db).db, read_only=True) as store:
            if store.resolve_pending():
                click.echo("note: documents were added since actors and events were last resolved "
                           "(an interrupted ingest?); run 'khaldun resolve' to bring events up to date.", err=True)
            return query(store)
    except KhaldunError as exc:
        _fail(exc)


@click.group()
@click.version_option(package_name="khaldun")
def main():
    """khaldun: turn news text into event data (who did what to whom, when and where)."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--date", callback=_date, help="Publication date (YYYY-MM-DD) for documents that carry none.")
@DB_OPTION
@click.option("--model", default=None, help="Installed spaCy pipeline package to parse with.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Extra trigger lexicon (TSV, same columns as khaldun's); repeatable.")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="CAMEO/PETRARCH dictionary (.actors, .agents, .verbs, .discards); repeatable.")
@click.option("--workers", type=click.IntRange(0, 256), default=1, show_default=True,
              help="Processes that parse and extract; 0 = one per core.")
@click.option("--skip-eventless", is_flag=True,
              help="Store documents without a single trigger word unparsed (faster on mixed corpora; "
                   "they get no actors or places).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(paths, date, db, model, lexicons, dictionaries, workers, skip_eventless, quiet):
    """Ingest text, HTML and JSONL files or directories into the database."""
    from .ingest import expand
    from .pipeline import Pipeline
    from .runner import ingest_paths
    from .store import Store

    from .parallel import default_workers

    settings = Settings.from_env(db=db, model=model, lexicons=tuple(lexicons) or None,
                                 dictionaries=tuple(dictionaries) or None, workers=workers or default_workers(),
                                 skip_eventless=skip_eventless)
    try:
        total = _count_inputs(expand(paths))
        pipeline = Pipeline(settings)
        with Store(settings.db) as store:
            with _progress(total, "ingest", quiet) as bar:
                report = ingest_paths(store, paths, date=date, settings=settings, pipeline=pipeline,
                                      progress=bar.update)
            _print_report(report, store)
    except KhaldunError as exc:
        _fail(exc)


def _count_inputs(files) -> int:
    n = 0
    for f in files:
        if f.suffix.lower() in (".jsonl", ".ndjson"):
            try:
                with open(f, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        elif f.suffix.lower() == ".parquet":
            try:
                import pyarrow.parquet as pq

                n += pq.ParquetFile(f).metadata.num_rows
            except Exception:
                n += 1
        elif f.suffix.lower() != ".json":
            n += 1
    return n


class _NoBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n=1):
        pass


def _progress(total: int, desc: str, quiet: bool):
    if quiet:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, dynamic_ncols=True)


def _print_report(report, store) -> None:
    changed = f" ({report.documents_changed} of them changed since the last run)" if report.documents_changed else ""
    click.echo(f"run {report.run_id}: {report.documents_added} documents added{changed}, "
               f"{report.documents_skipped} already in the database, {report.events_added} events, "
               f"{len(report.rejected)} rejected")
    for r in report.rejected:
        click.echo(f"  rejected [{r.code}] {r.source}: {r.reason}", err=True)
    _print_summary(store.summary())


def _print_summary(s: dict) -> None:
    click.echo(f"\ndatabase  {s['database']}")
    click.echo(f"documents {s['documents']}   events {s['events']}   actors {s['actors']}   rejected {s['rejected']}")
    if s["by_type"]:
        click.echo("\nevents by type")
        for typ, n in s["by_type"]:
            click.echo(f"  {typ:<10} {n:>6}")
    if s["top_actors"]:
        click.echo("\ntop actors")
        for name, country, sector, n in s["top_actors"]:
            code = " ".join(filter(None, [country, sector]))
            click.echo(f"  {name[:40]:<40} {code:<8} {n:>5}")


def filter_options(f):
    """The event filters as options; the command receives them as one ``filters`` argument."""
    from .store.db import Filters, parse_bbox

    @functools.wraps(f)
    def command(*args, type_, bbox, **kw):
        try:
            box = parse_bbox(bbox)
        except KhaldunError as exc:
            raise click.BadParameter(str(exc), param_hint="--bbox") from None
        fields = {name: kw.pop(name) for name in ("cameo", "actor", "country", "since", "until", "certainty",
                                                  "document", "text", "limit")}
        return f(*args, filters=Filters(type=type_, bbox=box, **fields), **kw)

    options = [
        click.option("--type", "type_", default=None, help="PLOVER type (e.g. ASSAULT)."),
        click.option("--cameo", default=None, help="CAMEO code or prefix (e.g. 19)."),
        click.option("--actor", default=None, help="Part of an actor's name, or an actor id."),
        click.option("--country", default=None, help="ISO alpha-3 of source, target or location (e.g. LBY)."),
        click.option("--since", callback=_date, help="Events that may have happened on or after (YYYY-MM-DD)."),
        click.option("--until", callback=_date, help="Events that may have happened on or before (YYYY-MM-DD)."),
        click.option("--certainty", type=click.Choice([c.value for c in Certainty])),
        click.option("--text", default=None, help="Words that must all appear in the sentence."),
        click.option("--bbox", default=None, help="Event locations inside WEST,SOUTH,EAST,NORTH (degrees)."),
        click.option("--document", default=None, help="Only this document id."),
        click.option("--limit", type=int, default=None, help="At most this many events."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@filter_options
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="One JSON record per line instead of a table.")
def events(filters, db, as_json):
    """List events as a readable table."""
    rows = _read(db, lambda store: store.events(filters))
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    if not rows:
        click.echo("no events match")
        return
    click.echo(f"{'date':<10}  {'type':<9} {'cameo':<5} {'source':<26} {'target':<26} {'place':<16} cert.")
    for r in rows:
        date = (r["date"]["start"] or (r["date"]["text"] or "")[:10]) if r["date"] else f"({r.get('reported') or '?'})"
        src = _actor_label(r["source"])
        tgt = _actor_label(r["target"])
        place = (r["location"] or {}).get("name") or ""
        click.echo(f"{date:<10}  {r['type']:<9} {r['cameo']:<5} {src[:26]:<26} {tgt[:26]:<26} {place[:16]:<16} "
                   f"{r['certainty'][:5]}")
    click.echo(f"\n{len(rows)} events")


def _actor_label(a) -> str:
    if not a:
        return "-"
    code = "".join(filter(None, [a.get("country"), a.get("sector")]))
    return f"{a['name']} ({code})" if code else a["name"]


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "gdelt", "acled", "parquet"]),
              default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: standard output; required for parquet).")
@filter_options
@DB_OPTION
def export(fmt, out, filters, db):
    """Export events: jsonl (the full record), csv, gdelt- or acled-style csv, parquet."""
    n = _read(db, lambda store: store.export(fmt, out, filters))
    if out is not None:
        click.echo(f"{n} events written to {out}", err=True)


@main.command()
@click.argument("text", required=False)
@click.option("--date", callback=_date, help="Publication date (YYYY-MM-DD) to resolve relative dates.")
@click.option("--file", "file_", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the text from a file ('-' for standard input is the TEXT argument '-').")
@click.option("--all", "show_all", is_flag=True, help="Also print actor mentions, times and places.")
@click.option("--frames", "show_frames", is_flag=True,
              help="Print the clause frames (predicate, voice, polarity, modality, tense, arguments) instead.")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="CAMEO/PETRARCH dictionary (.actors, .agents, .verbs, .discards); repeatable.")
def code(text, date, file_, show_all, show_frames, dictionaries):
    """Code one text and print its events (or, with --frames, its clause frames) as JSON."""
    from .api import extract
    from .pipeline import Pipeline

    if file_ is not None:
        text = file_.read_text(encoding="utf-8")
    elif text in (None, "-"):
        text = sys.stdin.read()
    if not text or not text.strip():
        raise click.UsageError("give a text to code: khaldun code \"Rebels attacked Tripoli.\"")
    try:
        if show_frames:
            pipeline = Pipeline(Settings.from_env(dictionaries=tuple(dictionaries)))
            frames = [f.export() for f in pipeline.frames(text, date=date)]
            click.echo(json.dumps(frames, ensure_ascii=False, indent=2))
            return
        if dictionaries:
            x = Pipeline(Settings.from_env(dictionaries=tuple(dictionaries))).extract(text, date=date)
        else:
            x = extract(text, date=date)
    except KhaldunError as exc:
        _fail(exc)
    payload = x.export() if show_all else [e.export() for e in x.events]
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))


@main.command()
@DB_OPTION
def rejected(db):
    """List inputs that were rejected, with their reasons."""
    rows = _read(db, lambda store: store.rejections())
    for r in rows:
        click.echo(f"[{r['code']}] {r['source']}: {r['reason']}")
    click.echo(f"{len(rows)} rejected")


@main.command()
@DB_OPTION
def summary(db):
    """Documents, events by type and top actors of the database."""
    _print_summary(_read(db, lambda store: store.summary()))


@main.command()
@DB_OPTION
@click.option("--window-days", type=int, default=None, help="Reports of one event may be dated this many days apart (default 2).")
@click.option("--threshold", type=float, default=None, help="Score two reports need to be one event (default 0.75).")
@click.option("--no-dedup", is_flag=True, help="Keep every document's reports as separate events.")
@click.option("--actor-threshold", type=float, default=None, help="Evidence two spellings need to be one actor (default 0.85).")
def resolve(db, window_days, threshold, no_dedup, actor_threshold):
    """Resolve actors and events across documents again (ingest does this after every run)."""
    from dataclasses import replace

    from .runner import resolve_database
    from .store import Store

    settings = Settings.from_env(db=db, actor_threshold=actor_threshold)
    dedup = replace(settings.dedup, **{k: v for k, v in {"window_days": window_days, "threshold": threshold}.items()
                                       if v is not None}, enabled=not no_dedup)
    settings = replace(settings, dedup=dedup)
    try:
        with Store(settings.db) as store:
            counts = resolve_database(store, settings)
    except KhaldunError as exc:
        _fail(exc)
    click.echo(f"{counts['local_actors']} coded actors -> {counts['actors']} actors; {counts['reports']} reports -> "
               f"{counts['events']} events ({counts['merged_reports']} reports joined to another document's event)")


@main.command()
@click.argument("name")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="The dossier as JSON.")
def actor(name, db, as_json):
    """An actor's dossier: spellings, roles and affiliations over time, events, counterparts."""
    from .explore import dossier

    d = _read(db, lambda store: dossier(store, name))
    if d is None:
        raise click.ClickException(f"No actor matches {name!r}. List actors with 'khaldun actors list'.")
    if as_json:
        click.echo(json.dumps(d, indent=2, ensure_ascii=False))
        return
    code = " ".join(filter(None, [d["country"], d["sector"]]))
    click.echo(f"{d['name']}  [{d['kind']}{', ' + code if code else ''}]  id {d['id']}  ({d['mentions']} mentions)")
    if d["aliases"]:
        click.echo(f"also: {', '.join(d['aliases'])}")
    for s in d["spellings"]:
        if s["reason"] != "only spelling":
            click.echo(f"  {s['name']:<30} {s['confidence']:.2f}  {s['reason']}")
    if d["affiliations"]:
        click.echo("\nroles and affiliations")
        for a in d["affiliations"]:
            other = a["other"] + (f" ({a['place']}, {a['place_country']})" if a["place"] and a["place"] != a["other"] else "")
            status = f" [{a['status']}]" if a["status"] and a["status"] != "current" else ""
            click.echo(f"  {_when(a['date']):<24} {a['relation']:<15} {other[:44]:<44}{status}")
            click.echo(f"  {'':<24} \"{_clip(a['text'], 90)}\"")
    if d["timeline"]:
        click.echo("\nevents")
        for t in d["timeline"]:
            when = (t["date"] or {}).get("start") or (f"({t['reported']})" if t.get("reported") else "")
            click.echo(f"  {when:<12}  {t['role']:<6} {t['type']:<9} {t['cameo']:<5} "
                       f"{(t['counterpart'] or '-')[:28]:<28} {(t['place'] or '')[:16]:<16} "
                       f"{t['certainty'][:5]}  sources {t['sources']}")
    if d["counterparts"]:
        click.echo("\ncounterparts: " + ", ".join(f"{c['name']} ({c['events']})" for c in d["counterparts"]))
    if d["also_matching"]:
        click.echo("also matching: " + ", ".join(f"{a['name']} ({a['id']})" for a in d["also_matching"]))


def _when(date: dict) -> str:
    start, end = date["start"], date["end"]
    if date["basis"] == "at-publication":
        return f"as of {start}"
    if date["basis"] == "before-publication":
        return f"before {end}"
    if start and end:
        return start if start == end else f"{start}..{end}"
    if end:
        return f"until {end}"
    if start:
        return f"from {start}"
    return "undated"


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


@main.group()
def actors():
    """List actors, load an actor dictionary, merge or split actors by hand."""


@actors.command(name="list")
@click.argument("query", required=False)
@DB_OPTION
@click.option("--limit", type=int, default=50, show_default=True)
def actors_list(query, db, limit):
    """Actors by mentions, or those whose name or alias contains QUERY."""
    from .explore import list_actors

    for a in _read(db, lambda store: list_actors(store, query, limit)):
        code = " ".join(filter(None, [a["country"], a["sector"]]))
        click.echo(f"{a['id']}  {a['name'][:36]:<36} {a['kind']:<12} {code:<8} {a['mentions']:>5}  "
                   f"{', '.join(a['aliases'])[:60]}")


@actors.command(name="load")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DB_OPTION
def actors_load(path, db):
    """Load an actor dictionary (YAML or CSV: name, aliases, kind, country, sector, roles with dates)."""
    _change_actors(db, lambda d: d.load_actors(path), f"loaded {path}")


@actors.command(name="merge")
@click.argument("first")
@click.argument("second")
@DB_OPTION
def actors_merge(first, second, db):
    """Make FIRST and SECOND (ids or exact names) one actor, now and in every later resolution."""
    _change_actors(db, lambda d: d.merge_actors(first, second), f"merged {first} / {second}")


@actors.command(name="split")
@click.argument("first")
@click.argument("second")
@DB_OPTION
def actors_split(first, second, db):
    """Keep the spellings FIRST and SECOND (ids or exact names) apart, now and later."""
    _change_actors(db, lambda d: d.split_actors(first, second), f"split {first} / {second}")


def _change_actors(db, change, message: str) -> None:
    """Apply a change to the actor registry through the Python API (which resolves again)."""
    from .api import Database

    try:
        with Database(db) as d:
            counts = change(d)
    except KhaldunError as exc:
        _fail(exc)
    click.echo(f"{message}; {counts['actors']} actors, {counts['events']} events")


@main.command(name="network")
@click.option("--format", "fmt", type=click.Choice(["graphml", "json"]), default="graphml", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: standard output).")
@filter_options
@DB_OPTION
def network_cmd(fmt, out, filters, db):
    """The actor network (who acts on whom, counts by PLOVER type) as GraphML or JSON."""
    from .explore import network, write_network

    net = _read(db, lambda store: network(store, filters))
    text = write_network(net, fmt)
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        click.echo(f"{len(net['nodes'])} actors, {len(net['edges'])} ties written to {out}", err=True)


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the data to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--query-timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 600),
              help="Seconds a query may run before it is stopped.")
@click.option("--admin-token", envvar="KHALDUN_ADMIN_TOKEN", default=None,
              help="Token for POST /api/v1/admin/reload (also $KHALDUN_ADMIN_TOKEN); off without it.")
@click.option("--cors-origin", "cors_origins", multiple=True,
              help="An origin (https://host:port) allowed to call the API from a browser; repeatable. None by default.")
def serve(db, host, port, query_timeout, admin_token, cors_origins):
    """Serve the HTTP API and the web interface over a database, read-only."""
    import uvicorn

    from .serve.app import ServerSettings, create_app

    path = Settings.from_env(db=db).db
    try:
        app = create_app(ServerSettings(Path(path), query_timeout, admin_token, tuple(cors_origins)))
    except KhaldunError as exc:
        _fail(exc)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach this address can read the database.",
                   err=True)
    click.echo(f"khaldun: serving {path} at http://{'localhost' if host in ('127.0.0.1', '::1') else host}:{port}/ "
               f"(API under /api/v1, docs at /api/v1/docs); Ctrl-C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=30)


@main.command()
@DB_OPTION
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
def publish(db, target):
    """Copy the database to TARGET in one atomic step, so a server reading TARGET switches to
    the new data without downtime."""
    from .serve.source import publish as publish_file

    source = Settings.from_env(db=db).db
    try:
        publish_file(source, target)
    except KhaldunError as exc:
        _fail(exc)
    click.echo(f"published {source} -> {target}")


@main.group(name="spark")
def spark_group():
    """Run the pipeline on Apache Spark (needs pyspark and Java 17)."""


@spark_group.command(name="ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the Parquet tables (one sub-folder per table).")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL.")
@click.option("--partitions", type=click.IntRange(1, 100_000), default=None,
              help="Spread the documents over this many partitions (default: as read).")
@click.option("--date", callback=_date, help="Publication date (YYYY-MM-DD) for documents that carry none.")
@click.option("--model", default=None, help="Installed spaCy pipeline package to parse with.")
def spark_ingest(paths, out, master, partitions, date, model):
    """Extract JSONL, Parquet, WARC, text or HTML inputs on Spark into Parquet tables; then
    'khaldun load OUT' brings them into a database."""
    from . import spark

    try:
        session = spark.session(master)
        counts = spark.ingest(session, list(paths), out, Settings.from_env(model=model), date=date,
                              partitions=partitions)
    except KhaldunError as exc:
        _fail(exc)
    click.echo(f"wrote {out}: " + ", ".join(f"{n} {t}" for t, n in counts.items()))
    click.echo(f"next: khaldun load {out}")


@main.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@DB_OPTION
def load(directory, db):
    """Bring the Parquet tables of 'khaldun spark ingest' into the database, then resolve actors
    and events across all documents."""
    from . import spark
    from .store import Store

    settings = Settings.from_env(db=db)
    try:
        with Store(settings.db) as store:
            added = spark.load(store, directory, settings)
            resolution = added.pop("resolution")
            click.echo(f"loaded {directory} into {settings.db}: "
                       + ", ".join(f"{n} {t}" for t, n in added.items()))
            click.echo(f"resolved: {resolution['reports']} reports -> {resolution['events']} events, "
                       f"{resolution['local_actors']} coded actors -> {resolution['actors']} actors")
    except KhaldunError as exc:
        _fail(exc)


@main.command(name="eval")
@click.argument("suites", nargs=-1)
@click.option("--path", "directory", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Folder holding the evaluation JSONL files (default ../shared/eval beside the checkout).")
@click.option("--limit", type=int, default=None, help="Score only the first N records of each suite.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("eval-report.json"),
              show_default=True, help="Where to write the JSON report.")
def evaluate(suites, directory, limit, out):
    """Score khaldun on public evaluation sets: petrarch, plover, ngec, geo, event_location, temporal,
    event_dates; and coreference and acled_reports on the checkout's own hand-made sets."""
    from . import evaluation

    try:
        results = evaluation.run(list(suites) or None, directory, limit)
    except KhaldunError as exc:
        _fail(exc)
    report = []
    for r in results:
        click.echo(f"\n{r.suite}  ({r.count} records, {r.seconds}s)")
        for key, value in r.metrics.items():
            click.echo(f"  {key:<36} {value}")
        report.append({"suite": r.suite, "count": r.count, "seconds": r.seconds, "metrics": r.metrics,
                       "errors": r.errors})
    out.write_text(json.dumps({"limit": limit, "suites": report}, indent=2, ensure_ascii=False) + "\n")
    click.echo(f"\nreport written to {out}")


@main.command()
@DB_OPTION
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def demo(ctx, db, quiet):
    """Ingest the bundled sample corpus and print what came out."""
    path = resources.files("khaldun") / "sample" / "articles.jsonl"
    click.echo(f"sample corpus: {path}")
    ctx.invoke(ingest, paths=(Path(str(path)),), date=None, db=db, model=None, lexicons=(), dictionaries=(),
               workers=1, skip_eventless=False, quiet=quiet)
    db_path = Settings.from_env(db=db).db
    click.echo(f"\nnext: khaldun events --db {db_path} --type ASSAULT    "
               f"khaldun export --db {db_path} --format jsonl    khaldun actor Haftar --db {db_path}")
    click.echo(f"explore it in the browser: khaldun serve --db {db_path}   then open http://localhost:8000/")


if __name__ == "__main__":
    main()
