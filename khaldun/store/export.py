"""Exports of the event table: JSONL (the contract), CSV (flat, GDELT-like, ACLED-like), Parquet."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path

from ..errors import ConfigError
from .schema import EVENT_ORDER

FORMATS = ("jsonl", "csv", "gdelt", "acled", "parquet")

FLAT = {
    "id": "id", "document_id": "document_id", "date_start": "date_start", "date_end": "date_end",
    "date_precision": "date_precision", "date_text": "date_text", "date_rule": "date_rule", "reported": "reported",
    "type": "type", "mode": "mode",
    "cameo": "cameo", "acled_event_type": "acled_event_type", "acled_sub_event_type": "acled_sub_event_type",
    "source_name": "source_name", "source_id": "source_id", "source_kind": "source_kind",
    "source_country": "source_country", "source_sector": "source_sector", "target_name": "target_name",
    "target_id": "target_id", "target_kind": "target_kind", "target_country": "target_country",
    "target_sector": "target_sector", "location_name": "location_name", "location_country": "location_country",
    "location_admin1": "location_admin1", "lat": "lat", "lon": "lon", "location_precision": "location_precision",
    "certainty": "certainty", "confidence": "confidence", "sources": "sources", "trigger": "trigger",
    "sentence": "sentence", "sent_start": "sent_start", "sent_end": "sent_end", "rule": "rule",
}
# Columns named after GDELT 1.0/2.0 event fields, filled from khaldun's records.
GDELT = {
    "GlobalEventID": "id", "SQLDATE": "strftime(date_start, '%Y%m%d')", "DatePrecision": "date_precision",
    "Actor1Code": "concat_ws('', source_country, source_sector)", "Actor1Name": "upper(source_name)",
    "Actor1CountryCode": "source_country", "Actor1Type1Code": "source_sector",
    "Actor2Code": "concat_ws('', target_country, target_sector)", "Actor2Name": "upper(target_name)",
    "Actor2CountryCode": "target_country", "Actor2Type1Code": "target_sector",
    "IsRootEvent": "1", "EventCode": "cameo", "EventBaseCode": "left(cameo, 3)", "EventRootCode": "left(cameo, 2)",
    "PLOVERType": "type", "NumSources": "sources", "NumArticles": "sources",
    "ActionGeo_Type": "CASE location_precision WHEN 'country' THEN 1 WHEN 'admin1' THEN 5 WHEN 'city' THEN 4 END",
    "ActionGeo_FullName": "location_name", "ActionGeo_CountryCode": "location_country",
    "ActionGeo_ADM1Code": "location_admin1", "ActionGeo_Lat": "lat", "ActionGeo_Long": "lon",
    "Certainty": "certainty", "DocumentID": "document_id", "SOURCEURL": "url",
}
# Columns named after ACLED's export fields.
ACLED = {
    "event_id_cnty": "id", "event_date": "date_start", "time_precision":
        "CASE date_precision WHEN 'day' THEN 1 WHEN 'week' THEN 2 WHEN 'month' THEN 2 WHEN 'year' THEN 3 WHEN 'decade' THEN 3 END",
    "disorder_type": "CASE WHEN acled_event_type IN ('Protests', 'Riots') THEN 'Demonstrations' "
                     "WHEN acled_event_type = 'Strategic developments' THEN 'Strategic developments' "
                     "WHEN acled_event_type IS NOT NULL THEN 'Political violence' END",
    "event_type": "acled_event_type", "sub_event_type": "acled_sub_event_type",
    "actor1": "source_name", "assoc_actor_1": "NULL", "inter1": "source_sector",
    "actor2": "target_name", "assoc_actor_2": "NULL", "inter2": "target_sector",
    "country": "location_country", "admin1": "location_admin1", "location": "location_name",
    "latitude": "lat", "longitude": "lon",
    "geo_precision": "CASE location_precision WHEN 'city' THEN 1 WHEN 'admin1' THEN 2 WHEN 'country' THEN 3 END",
    "source": "outlet", "notes": "sentence",
    "fatalities": "TRY_CAST(json_extract_string(record, '$.fatalities') AS INTEGER)",
    "certainty": "certainty", "document_id": "document_id",
}


def _select(columns: dict[str, str], where: str) -> str:
    cols = ", ".join(f'{expr} AS "{name}"' for name, expr in columns.items())
    return (f"SELECT {cols} FROM events LEFT JOIN (SELECT id AS doc_id, url, outlet FROM documents) d "
            f"ON d.doc_id = events.document_id{where} ORDER BY {EVENT_ORDER}")


def write(store, fmt: str, out: Path | None, filters) -> int:
    """Write the filtered events to ``out`` (stdout when None); returns the number written."""
    if fmt == "parquet":
        if out is None:
            raise ConfigError("Parquet is binary: give a file with --out.", code="E204")
        import pyarrow.parquet as pq

        where, params = filters.where()
        limit = f" LIMIT {int(filters.limit)}" if filters.limit else ""
        table = store.con.execute(_select(FLAT, where) + limit, params).to_arrow_table()
        pq.write_table(table, str(out))
        return table.num_rows
    written = 0
    with (open(out, "w", encoding="utf-8", newline="") if out is not None else nullcontext(sys.stdout)) as sink:
        for text, n in stream(store, fmt, filters):
            sink.write(text)
            written += n
    return written


def stream(store, fmt: str, filters, batch: int = 2000) -> Iterator[tuple[str, int]]:
    """A text export in pieces of ``batch`` rows: (text, rows in it). Memory stays flat however
    many events match."""
    if fmt not in FORMATS:
        raise ConfigError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.", code="E203")
    if fmt == "parquet":
        raise ConfigError("Parquet is binary and is written to a file, not streamed.", code="E204")
    where, params = filters.where()
    limit = f" LIMIT {int(filters.limit)}" if filters.limit else ""
    if fmt == "jsonl":
        cur = store.con.execute(f"SELECT record FROM events{where} ORDER BY {EVENT_ORDER}{limit}", params)
        while rows := cur.fetchmany(batch):
            yield "".join(r + "\n" for (r,) in rows), len(rows)  # records are stored as JSON text
        return
    cur = store.con.execute(_select({"csv": FLAT, "gdelt": GDELT, "acled": ACLED}[fmt], where) + limit, params)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([d[0] for d in cur.description])
    yield buf.getvalue(), 0
    while rows := cur.fetchmany(batch):
        buf.seek(0)
        buf.truncate()
        writer.writerows(rows)
        yield buf.getvalue(), len(rows)
