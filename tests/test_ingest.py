"""Readers: text with sidecar metadata, HTML, JSONL, directories, and everything they refuse."""

import datetime as dt
import json

import pytest

from khaldun import ingest
from khaldun.records import Document, Rejection

ARTICLE = "Rebels Attack Border Town\n\nRebels attacked the town of Kidal on Friday, officials said.\n"
HTML = """<html><head><title>Rebels attack Kidal</title>
<meta name="author" content="A. Writer"><meta property="article:published_time" content="2020-06-12">
</head><body><nav>Home | World | Sport</nav><article><h1>Rebels attack Kidal</h1>
<p>Rebels attacked the town of Kidal on Friday, officials said. The army sent reinforcements to the
area the next day, and the regional governor condemned the assault in a statement.</p>
<p>Residents said the fighting lasted several hours before the rebels withdrew to the north.</p>
</article><footer>Copyright</footer></body></html>"""


def read_all(paths, date=None):
    items = list(ingest.read(paths, date))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Rejection)]


def test_ingest_text_with_sidecar_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "a.json").write_text(json.dumps({"publication_date": "2020-06-15", "url": "https://x/a",
                                                 "author": "Staff"}))
    docs, rejected = read_all([tmp_path / "a.txt"], date=dt.date(1999, 1, 1))
    assert not rejected
    (d,) = docs
    assert d.published == dt.date(2020, 6, 15)  # the sidecar wins over --date
    assert d.url == "https://x/a" and d.author == "Staff"
    assert d.title == "Rebels Attack Border Town"
    assert d.id.startswith("d") and len(d.id) == 16


def test_ingest_date_option_only_fills_missing_dates(tmp_path):
    (tmp_path / "b.txt").write_text(ARTICLE)
    docs, _ = read_all([tmp_path / "b.txt"], date=dt.date(2020, 6, 15))
    assert docs[0].published == dt.date(2020, 6, 15)
    docs, _ = read_all([tmp_path / "b.txt"])
    assert docs[0].published is None  # never the day of ingest


def test_ingest_same_text_same_id(tmp_path):
    (tmp_path / "one.txt").write_text(ARTICLE)
    (tmp_path / "two.txt").write_text(ARTICLE.replace("\n", "\r\n"))
    docs, _ = read_all([tmp_path])
    assert len({d.id for d in docs}) == 1


def test_ingest_html_main_text_and_metadata(tmp_path):
    (tmp_path / "p.html").write_text(HTML)
    docs, rejected = read_all([tmp_path / "p.html"])
    assert not rejected
    d = docs[0]
    assert "Rebels attacked the town of Kidal" in d.text
    assert "Home | World" not in d.text and "Copyright" not in d.text
    assert d.title == "Rebels attack Kidal"
    assert d.published == dt.date(2020, 6, 12)


def test_ingest_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "date": "2020-06-15", "title": "T", "text": "Police arrested ten protesters.",
                    "source": "Wire"}),
        "{not json",
        json.dumps({"id": "a2", "text": ""}),
        json.dumps({"id": "a3", "html": HTML, "url": "https://x/k"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a4", "text": "Troops withdrew.", "date": "15/06/2020"}),
        json.dumps({"id": "a5", "text": "Troops withdrew again.", "date": "sometime soon"}),
        json.dumps({"id": "a6", "text": "Troops came back.", "date": "2999-01-01"}),
        "",
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines))
    docs, rejected = read_all([path])
    assert [d.id for d in docs] == ["a1", "a3", "a4", "a5"]
    assert docs[0].outlet == "Wire" and docs[0].text.startswith("T\n\n")
    assert docs[1].url == "https://x/k"
    assert docs[2].published == dt.date(2020, 6, 15) and docs[2].published_text == "15/06/2020"
    # a date in no readable form is dropped with a warning; the article is kept
    assert docs[3].published is None and docs[3].published_text == "sometime soon"
    assert docs[3].warnings and docs[3].warnings[0].startswith("[W106]")
    codes = {r.source.rsplit(":", 1)[1]: r.code for r in rejected}
    assert codes == {"2": "E104", "3": "E105", "5": "E104", "8": "E106"}  # the future is still refused


@pytest.mark.parametrize("written, date", [
    ("Dec 17, 2016 8:46 AM ET", dt.date(2016, 12, 17)),
    ("17 December 2016", dt.date(2016, 12, 17)),
    ("Wed Nov 23, 2016 | 4:58pm EST", dt.date(2016, 11, 23)),
    ("2016-12-19 05:40 ET", dt.date(2016, 12, 19)),
    ("11/28/2016", dt.date(2016, 11, 28)),
    ("2016-12-19T23:40:00-05:00", dt.date(2016, 12, 19)),  # the publication's own zone, not UTC's
    ("Monday, 9 January 2017 11:02 GMT", dt.date(2017, 1, 9)),
])
def test_ingest_reads_publication_dates_as_feeds_write_them(tmp_path, written, date):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "f1", "date": written, "text": "Police arrested ten protesters."}) + "\n")
    docs, rejected = read_all([path])
    assert not rejected
    assert docs[0].published == date and docs[0].published_text == written and not docs[0].warnings


@pytest.mark.parametrize("written", ["May 2016", "Tuesday", "yesterday", "8:46 AM ET", "n/a"])
def test_ingest_keeps_documents_whose_date_names_no_day(tmp_path, written):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "f1", "date": written, "text": "Police arrested ten protesters."}) + "\n")
    docs, rejected = read_all([path])
    assert not rejected and docs[0].published is None and docs[0].warnings


def test_ingest_directories_recursively_and_refuses_bad_files(tmp_path):
    sub = tmp_path / "x" / "y"
    sub.mkdir(parents=True)
    (sub / "deep.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 owners protested in Paris.".encode("cp1252"))
    docs, rejected = read_all([tmp_path, tmp_path / "missing.txt"])
    assert sorted(d.source.rsplit("/", 1)[1] for d in docs) == ["deep.txt", "latin1.txt"]
    assert "Café" in next(d.text for d in docs if d.source.endswith("latin1.txt"))
    reasons = {r.source.rsplit("/", 1)[1]: r.code for r in rejected}
    assert reasons == {"binary.txt": "E102", "empty.txt": "E103", "photo.png": "E107", "missing.txt": "E101"}
    assert all(r.reason for r in rejected)


def test_ingest_too_large_is_rejected(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 1000)
    items = list(ingest.read([tmp_path / "big.txt"], max_chars=100))
    assert isinstance(items[0], Rejection) and items[0].code == "E108"
