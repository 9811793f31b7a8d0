#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (fuzz/corpus/<target>/): the bundled articles and
hostile inputs. Run from the repository root: python3 scripts/gen-fuzz-seeds.py
(libFuzzer adds what it finds to the same folders while it runs; scripts/fuzz.sh runs on a copy.)"""
import glob
import os
import zlib
import base64
import json

root = "fuzz/corpus"
articles = [open(f, "rb").read() for f in sorted(glob.glob("articles/*.txt"))]
quote = "“".encode()


def hostile():
    out = {}
    # curly quotes across 2 KB, at every offset around byte 2048
    for pad in range(2040, 2057, 4):
        out["curly-%d" % pad] = b"a" * pad + quote + b"quoted" + "”".encode() + b" killed 3.</p></p>"
    out["huge-entities"] = b"&#x" + b"f" * 5000 + b";" + b"&CounterClockwiseContourIntegral;" * 50 + b"&amp&ampx;&notit;&#150;"
    out["nested-tags"] = b"<div>" * 500 + b"<p>12 killed</p>" + b"</div>" * 500 + b"<script><script></script>x</SCRIPT>"
    out["nuls"] = b"At least 3\x00 killed\x00\x00\x00 on Friday.\x00"
    out["truncated-utf8"] = "Ceasefire “broken” — 31 killed".encode()[:-1] + b"\xe2\x80"
    out["utf16"] = b"\xff\xfe" + "At least 31 civilians were killed.".encode("utf-16-le")
    out["markdown"] = b"# Strike\n\nAt **least 12** [killed](u) ![x](y)\n```\ncode 99 killed\n```\n> quote\n- item\n"
    out["lt-no-gt"] = b"a < b " * 200
    out["comment-unclosed"] = b"<!-- 30 killed <p>x</p>"
    return out


def write(target, name, data):
    d = os.path.join(root, target)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, name), "wb").write(data)


h = hostile()
for i, a in enumerate(articles):
    for k in range(4):  # the first byte picks the name: paste, .txt, .html, .md
        write("analyze", "article-%d-%d" % (i, k), bytes([k]) + a)
    write("html", "article-%d" % i, b"<html><head><title>T &amp; t</title></head><body><p>" + a.replace(b"\n\n", b"</p><p>") + b"</p></body></html>")
for n, d in h.items():
    write("analyze", n, b"\x00" + d)
    write("analyze", n + "-html", b"\x02" + d)
    write("html", n, d)

views = [
    "art=000_500703fcf927a9be~001_7a4dfa32b95dec7a&kind=killed~wounded&scope=current&q=geneva",
    "art=a%7Eb~c%26d~e%23f~g%20h~%C3%A9t%C3%A9&open=x%7Ey&sel=cas_1",
    "art=~&#~~&kind=&&&=&v=2&stance=call_ceasefire~bogus",
    "open=%&sel=%E2%80&q=%zz&actor=ARM",
    "?v=1&q=" + "%E2%80%9C" * 50,
    "kind=killed&attribution=hedged~disputed~bogus~hedged&stance=warn",
]
for i, v in enumerate(views):
    write("view_state", "view-%d" % i, v.encode())

stored = {"v": 1, "bundled": False, "articles": [{"id": "x", "title": "T", "text": a.decode()} for a in articles[:2]]}
js = json.dumps(stored, ensure_ascii=False).encode()
c = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = c.compress(js) + c.flush()
frag = b"#data=" + base64.urlsafe_b64encode(raw).rstrip(b"=")
write("share_fragment", "link", frag)
write("share_fragment", "link-truncated", frag[: len(frag) // 2])
t = bytearray(frag)
t[len(t) // 2] ^= 0x01
write("share_fragment", "link-tampered", bytes(t))
write("share_fragment", "link-future", b"#data=" + base64.urlsafe_b64encode(zlib.compress(b'{"v":9,"bundled":true,"articles":[]}')[2:-4]).rstrip(b"="))
write("share_fragment", "json-plain", js)
write("share_fragment", "json-bad", b'{"v":1,"bundled":true,"articles":[{"id":1}]}')
write("share_fragment", "b64-odd", b"#data=A")
