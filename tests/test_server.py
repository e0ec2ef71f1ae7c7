"""The HTTP API through real HTTP requests against a real ``khaldun serve`` process."""

import csv
import io
import json
import shutil
import subprocess
import sys
import threading

import duckdb
import pytest
from conftest import Server

API = "/api/v1"


@pytest.fixture(scope="module")
def sql(sample_db):
    """Independent answers straight from the database file the server copy was made from."""
    con = duckdb.connect(str(sample_db), read_only=True)

    def run(query, params=None):
        return con.execute(query, params or []).fetchall()

    yield run
    con.close()


def ok(response):
    assert response.status_code == 200, response.text
    return response.json()


def assert_error(response, status):
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status and body["error"]["code"].startswith("E")
    assert len(body["error"]["message"]) > 10
    return body["error"]


def test_health_and_facets(server, sql):
    health = ok(server.get(f"{API}/health"))
    assert health["status"] == "ok" and health["events"] == sql("SELECT count(*) FROM events")[0][0]
    assert health["documents"] == 34 and health["assets"] is True
    facets = ok(server.get(f"{API}/facets"))
    assert sum(t["events"] for t in facets["types"]) == health["events"]
    assert "LBY" in facets["countries"] and facets["first_date"] <= facets["last_date"]


def test_openapi_describes_every_route(server):
    spec = ok(server.get(f"{API}/openapi.json"))
    paths = set(spec["paths"])
    for route in ("/events", "/events/{event_id}", "/aggregates/timeline", "/aggregates/types", "/map",
                  "/documents", "/documents/{document_id}", "/actors", "/actors/{actor}", "/network", "/export",
                  "/health", "/facets", "/admin/reload"):
        assert API + route in paths
    params = {p["name"] for p in spec["paths"][f"{API}/events"]["get"]["parameters"]}
    assert {"type", "cameo", "actor", "country", "since", "until", "certainty", "q", "bbox", "limit", "offset",
            "sort", "order"} <= params


@pytest.mark.parametrize("params, where, args", [
    ({"type": "ASSAULT"}, "type = ?", ["ASSAULT"]),
    ({"cameo": "19"}, "cameo LIKE ?", ["19%"]),
    ({"country": "LBN"}, "? IN (source_country, target_country, location_country)", ["LBN"]),
    ({"since": "2019-01-01", "until": "2019-12-31"}, "date_end >= ? AND date_start <= ?", ["2019-01-01", "2019-12-31"]),
    ({"certainty": "hedged"}, "certainty = ?", ["hedged"]),
    ({"q": "airport"}, "(sentence ILIKE ? OR trigger ILIKE ?)", ["%airport%", "%airport%"]),
    ({"bbox": "9,19,26,34"}, "lat BETWEEN 19 AND 34 AND lon BETWEEN 9 AND 26", []),
    ({"document": "s01-tripoli-clashes"}, "document_id = ?", ["s01-tripoli-clashes"]),
    ({"type": "ASSAULT", "country": "LBY"}, "type = 'ASSAULT' AND 'LBY' IN (source_country, target_country, location_country)", []),
])
def test_each_filter_selects_what_it_says(server, sql, params, where, args):
    expected = {r[0] for r in sql(f"SELECT id FROM events WHERE {where}", args)}
    assert expected, "the sample corpus should have events for every filter tried"
    page = ok(server.get(f"{API}/events", limit=1000, **params))
    assert page["total"] == len(expected)
    assert {e["id"] for e in page["items"]} == expected


def test_actor_filter_matches_spellings_and_ids(server, sql):
    page = ok(server.get(f"{API}/events", actor="Qaddafi", limit=1000))
    assert page["total"] > 0
    actor_id = sql("SELECT actor_id FROM actor_aliases WHERE alias ILIKE '%Qaddafi%' LIMIT 1")
    by_id = ok(server.get(f"{API}/events", actor=(actor_id[0][0] if actor_id else page["items"][0]["source_id"] or
                                                 page["items"][0]["target_id"]), limit=1000))
    assert by_id["total"] > 0


def test_paging_and_sorting(server, sql):
    total = sql("SELECT count(*) FROM events")[0][0]
    seen = []
    for offset in range(0, total, 40):
        page = ok(server.get(f"{API}/events", limit=40, offset=offset))
        assert page["total"] == total
        seen += [e["id"] for e in page["items"]]
    assert len(seen) == total == len(set(seen))  # every event once, in a stable order
    for key, column in (("date", "date_start"), ("type", "type"), ("sources", "sources"), ("source", "source_name")):
        for order in ("asc", "desc"):
            items = ok(server.get(f"{API}/events", sort=key, order=order, limit=1000))["items"]
            values = [e[column] for e in items if e[column] is not None]
            assert values == sorted(values, reverse=order == "desc"), (key, order)


def test_event_detail_with_its_reports(server):
    first = ok(server.get(f"{API}/events", limit=1, type="COERCE"))["items"][0]
    record = ok(server.get(f"{API}/events/{first['id']}"))
    assert record["id"] == first["id"] and record["type"] == "COERCE"
    assert record["mentions"] and record["mentions"][0]["document_title"]
    assert_error(server.get(f"{API}/events/no-such-event"), 404)


def test_timeline_accounts_for_every_event(server):
    total = ok(server.get(f"{API}/events", limit=1))["total"]
    for interval in ("day", "week", "month", "year"):
        tl = ok(server.get(f"{API}/aggregates/timeline", interval=interval))
        shown = sum(sum(b["counts"].values()) for b in tl["buckets"])
        assert shown + tl["coarser"] + tl["undated"] == total
        assert all(b["start"] <= b["end"] for b in tl["buckets"])
    narrow = ok(server.get(f"{API}/aggregates/timeline", since="2014-05-01", until="2014-05-31"))
    assert narrow["interval"] == "day"
    assert all("2014-04-01" <= b["start"] <= "2014-06-30" for b in narrow["buckets"])
    assert_error(server.get(f"{API}/aggregates/timeline", interval="fortnight"), 400)


def test_type_counts(server):
    counts = ok(server.get(f"{API}/aggregates/types", country="LBY"))
    assert sum(c["events"] for c in counts) == ok(server.get(f"{API}/events", country="LBY", limit=1))["total"]


def test_map_clusters_cover_located_events(server, sql):
    located, unlocated = sql("SELECT count(lat), count(*) - count(lat) FROM events")[0]
    world = ok(server.get(f"{API}/map"))
    assert sum(c["events"] for c in world["clusters"]) == located and world["unlocated"] == unlocated
    libya = ok(server.get(f"{API}/map", bbox="9,19,26,34", cell=0.5))
    for c in libya["clusters"]:
        assert 19 <= c["lat"] <= 34 and 9 <= c["lon"] <= 26
        assert c["precision"] in ("city", "admin1", "country")
        assert sum(c["by_precision"].values()) == c["events"]
    single = [c for c in world["clusters"] if c["events"] == 1]
    assert single and all(c["event_id"] and c["document_id"] for c in single)
    counts = [c["events"] for c in world["clusters"]]
    assert counts == sorted(counts, reverse=True)  # largest first
    ids = [c["event_id"] for c in single]
    assert ids == sorted(ids)  # ties in a fixed order
    for _ in range(3):
        assert ok(server.get(f"{API}/map")) == world


def test_documents_and_reader_annotations(server):
    listing = ok(server.get(f"{API}/documents", limit=10))
    assert listing["total"] == 34 and len(listing["items"]) == 10
    assert ok(server.get(f"{API}/documents", q="Beirut"))["total"] >= 1
    doc = ok(server.get(f"{API}/documents/s31-haftar-parliament"))
    text = doc["text"]
    for kind in ("actors", "places", "times", "events"):
        assert doc[kind], kind
    for span in doc["actors"] + doc["places"] + doc["times"]:
        assert text[span["start"]:span["end"]] == span["text"]
    for e in doc["events"]:
        assert text[e["start"]:e["end"]] == e["trigger"] and e["event_id"]
        assert e["sentence"][0] <= e["start"] < e["end"] <= e["sentence"][1]
    assert_error(server.get(f"{API}/documents/nope"), 404)


def test_actors_and_dossier(server):
    found = ok(server.get(f"{API}/actors", q="Haftar"))
    assert found and found[0]["name"].endswith("Haftar")
    by_id = ok(server.get(f"{API}/actors/{found[0]['id']}"))
    by_name = ok(server.get(f"{API}/actors/Haftar"))
    assert by_id["id"] == by_name["id"] and by_id["timeline"] and by_id["affiliations"]
    assert ok(server.get(f"{API}/actors", limit=5)) and len(ok(server.get(f"{API}/actors", limit=5))) == 5
    assert_error(server.get(f"{API}/actors/Nobody%20Atall"), 404)


def test_network_keeps_the_strongest_ties(server):
    full = ok(server.get(f"{API}/network", edges=1000))
    top = ok(server.get(f"{API}/network", edges=5))
    assert len(top["edges"]) == 5 < len(full["edges"])
    strongest = sorted((e["events"] for e in full["edges"]), reverse=True)[:5]
    assert sorted((e["events"] for e in top["edges"]), reverse=True) == strongest
    ids = {n["id"] for n in top["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in top["edges"])


def test_export_streams_the_filtered_view(server):
    total = ok(server.get(f"{API}/events", type="ASSAULT", limit=1))["total"]
    jsonl = server.get(f"{API}/export", type="ASSAULT")
    assert jsonl.status_code == 200 and jsonl.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in jsonl.headers["content-disposition"]
    records = [json.loads(line) for line in jsonl.text.splitlines()]
    assert len(records) == total and all(r["type"] == "ASSAULT" for r in records)
    rows = list(csv.DictReader(io.StringIO(server.get(f"{API}/export", type="ASSAULT", format="csv").text)))
    assert len(rows) == total and {r["id"] for r in rows} == {r["id"] for r in records}
    assert len(server.get(f"{API}/export", format="gdelt", limit=3).text.splitlines()) == 4
    assert_error(server.get(f"{API}/export", format="parquet"), 400)


@pytest.mark.parametrize("path, params", [
    ("/events", {"limit": "0"}), ("/events", {"limit": "100000"}), ("/events", {"offset": "-1"}),
    ("/events", {"limit": "ten"}), ("/events", {"since": "yesterday"}), ("/events", {"until": "2020-13-45"}),
    ("/events", {"since": "2020-02-01", "until": "2020-01-01"}), ("/events", {"bbox": "1,2,3"}),
    ("/events", {"bbox": "0,95,10,100"}), ("/events", {"bbox": "a,b,c,d"}), ("/events", {"certainty": "sure"}),
    ("/events", {"sort": "sentence; DROP TABLE events"}), ("/events", {"order": "sideways"}),
    ("/events", {"cameo": "19x"}), ("/events", {"country": "Libya"}), ("/events", {"q": "x" * 300}),
    ("/map", {"cell": "0"}), ("/map", {"cell": "-2"}), ("/map", {"cell": "nan"}), ("/map", {"limit": "0"}),
    ("/aggregates/timeline", {"interval": "hour"}), ("/network", {"edges": "0"}), ("/export", {"format": "xml"}),
    ("/documents", {"limit": "1001"}), ("/actors", {"limit": "-5"}),
])
def test_bad_parameters_get_a_clear_400(server, path, params):
    error = assert_error(server.get(API + path, **params), 400)
    assert "E5" in error["code"] or error["code"].startswith("E2")


def test_routes_that_do_not_exist_or_write(server):
    assert_error(server.get(f"{API}/nothing"), 404)
    assert_error(server.http.post(f"{API}/events", json={}), 405)
    assert_error(server.http.delete(f"{API}/events/x"), 405)
    assert_error(server.http.post(f"{API}/admin/reload"), 401)
    assert_error(server.http.post(f"{API}/admin/reload", headers={"Authorization": "Bearer wrong"}), 401)
    assert ok(server.http.post(f"{API}/admin/reload", headers={"Authorization": "Bearer s3cret-token"})) == {
        "reloaded": False, "database": str(server.db)}


def test_the_web_interface_is_served_from_the_package(server):
    index = server.get("/")
    assert index.status_code == 200 and "/static/app.js" in index.text
    for asset in ("app.js", "style.css", "vendor/d3.min.js", "vendor/topojson-client.min.js",
                  "vendor/countries-50m.json"):
        assert server.get(f"/static/{asset}").status_code == 200, asset


def test_publish_swaps_the_served_database_without_downtime(sample_db, tmp_path):
    """Requests keep succeeding while a new database is published over the served file."""
    served = tmp_path / "served.duckdb"
    smaller = tmp_path / "work.duckdb"
    shutil.copy(sample_db, served)
    shutil.copy(sample_db, smaller)
    con = duckdb.connect(str(smaller))
    con.execute("DELETE FROM events WHERE type = 'ASSAULT'")
    con.close()
    srv = Server(served)
    try:
        before = ok(srv.get(f"{API}/health"))["events"]
        statuses, stop = [], threading.Event()

        def hammer():
            while not stop.is_set():
                statuses.append(srv.get(f"{API}/events", limit=5).status_code)

        threads = [threading.Thread(target=hammer) for _ in range(4)]
        for t in threads:
            t.start()
        from khaldun.serve.source import publish

        publish(smaller, served)
        import time

        deadline = time.time() + 10
        while ok(srv.get(f"{API}/health"))["events"] == before and time.time() < deadline:
            time.sleep(0.2)
        stop.set()
        for t in threads:
            t.join()
        after = ok(srv.get(f"{API}/health"))["events"]
        assert after < before and ok(srv.get(f"{API}/events", type="ASSAULT"))["total"] == 0
        assert statuses and set(statuses) == {200}
    finally:
        srv.stop()


def test_publish_refuses_a_file_an_ingest_holds(sample_db, tmp_path):
    work = tmp_path / "work.duckdb"
    shutil.copy(sample_db, work)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('open', flush=True); time.sleep(60)", str(work)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "open"  # another process writes, as an ingest would
    try:
        from khaldun.errors import StoreError
        from khaldun.serve.source import publish

        with pytest.raises(StoreError, match="E40"):
            publish(work, tmp_path / "served.duckdb")
        assert not (tmp_path / "served.duckdb").exists()
    finally:
        holder.kill()
        holder.wait()
