"""A saved web page → text blocks of the story, with the page's metadata. Standard library only.

Page chrome is dropped by element (nav, header, footer, aside, form, script, figure …) and by
class, id or role (related, newsletter, share, social, comments, player, cookie …). When the
page has an <article> (or else a <main>), only blocks inside it are kept.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

SKIP_TAGS = {
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button",
    "iframe", "figure", "figcaption", "select", "option", "label", "input", "textarea", "canvas", "video",
    "audio", "object", "embed", "dialog", "menu", "head", "title",
}  # fmt: skip
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
    "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "br", "hr", "body", "html",
}  # fmt: skip
VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "base", "col", "embed", "track"}
CHROME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|related|recommended|more-stories|most-popular|"
    r"most-read|popular|trending|newsletter|signup|sign-up|subscribe|subscription|share|sharing|social|promo|"
    r"advert|advertisement|ads?|sponsor(?:ed)?|sidebar|comments?|cookie|consent|banner|modal|popup|footer|header|"
    r"byline|author|dateline|timestamp|tags|audio|video|player|toolbar|caption|credit|masthead|paywall|"
    r"site-header|site-footer|skip-link)(?:$|[\s_-])",
    re.I,
)
CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"}


@dataclass
class Page:
    blocks: list[str] = field(default_factory=list)
    headline: str | None = None
    title: str | None = None
    site_name: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, str]] = []  # (tag, skipped, region)
        self.buffer: list[str] = []
        self.blocks: list[tuple[str, str]] = []  # (region, text)
        self.meta: dict[str, str] = {}
        self.h1: list[tuple[str, str]] = []
        self.in_h1: list[str] | None = None
        self.in_title: list[str] | None = None
        self.in_ldjson: list[str] | None = None
        self.times: list[str] = []
        self.regions: set[str] = set()

    def _skipped(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def _region(self) -> str:
        return self.stack[-1][2] if self.stack else "body"

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.buffer)).strip()
        self.buffer = []
        if text:
            self.blocks.append((self._region(), text))

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"].strip())
            return
        if tag == "link" and "canonical" in attrs.get("rel", "").lower() and attrs.get("href"):
            self.meta.setdefault("canonical", attrs["href"].strip())
            return
        if tag == "time" and attrs.get("datetime"):
            self.times.append(attrs["datetime"].strip())
        if tag == "title":
            self.in_title = []
        if tag == "script" and "ld+json" in attrs.get("type", ""):
            self.in_ldjson = []
        if tag in BLOCK_TAGS:
            self.flush()
        if tag in VOID_TAGS:
            return
        marker = " ".join([attrs.get("class", ""), attrs.get("id", "")])
        skipped = (
            self._skipped()
            or tag in SKIP_TAGS
            or bool(CHROME.search(marker))
            or attrs.get("role", "").lower() in CHROME_ROLES
            or attrs.get("aria-hidden") == "true"
            or "hidden" in attrs
        )
        region = tag if tag in ("article", "main") and not skipped else self._region()
        if tag in ("article", "main") and not skipped:
            self.regions.add(tag)
        self.stack.append((tag, skipped, region))
        if tag == "h1":
            self.in_h1 = []

    def handle_endtag(self, tag):
        if tag == "title" and self.in_title is not None:
            self.meta.setdefault("title", re.sub(r"\s+", " ", "".join(self.in_title)).strip())
            self.in_title = None
        if tag == "script" and self.in_ldjson is not None:
            self._read_ldjson("".join(self.in_ldjson))
            self.in_ldjson = None
        if tag == "h1" and self.in_h1 is not None:
            self.h1.append((self._region(), re.sub(r"\s+", " ", "".join(self.in_h1)).strip()))
            self.in_h1 = None
        if tag in BLOCK_TAGS:
            self.flush()
        if not any(t == tag for t, _, _ in self.stack):
            return
        while self.stack:
            top, _, _ = self.stack.pop()
            if top == tag:
                break

    def handle_data(self, data):
        if self.in_title is not None:
            self.in_title.append(data)
        if self.in_ldjson is not None:
            self.in_ldjson.append(data)
        if self.in_h1 is not None:
            self.in_h1.append(data)
            return
        if not self._skipped():
            self.buffer.append(data)

    def _read_ldjson(self, raw: str):
        try:
            data = json.loads(raw)
        except ValueError:
            return
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                for key in ("datePublished", "headline"):
                    if isinstance(item.get(key), str):
                        self.meta.setdefault("ld:" + key.lower(), item[key].strip())


def looks_like_html(text: str) -> bool:
    head = text[:4000].lower()
    return bool(re.search(r"<!doctype html|<html[\s>]|<body[\s>]|<article[\s>]", head)) or (
        len(re.findall(r"</?(?:p|div|span|a|h[1-6])[\s>]", head)) >= 5
    )


def read_page(markup: str) -> Page:
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    reader.flush()
    meta = reader.meta
    scope = "article" if "article" in reader.regions else "main" if "main" in reader.regions else None
    blocks = [text for region, text in reader.blocks if scope is None or region == scope]
    h1s = [text for region, text in reader.h1 if text and (scope is None or region == scope)] or [
        text for _, text in reader.h1 if text
    ]
    title = meta.get("og:title") or meta.get("ld:headline") or meta.get("title")
    site = meta.get("og:site_name")
    if title and not site:
        parts = re.split(r"\s+[|\u2013\u2014-]\s+", meta.get("title", ""))
        site = parts[-1].strip() if len(parts) > 1 else None
    published = (
        meta.get("article:published_time")
        or meta.get("ld:datepublished")
        or meta.get("datepublished")
        or meta.get("pubdate")
        or meta.get("publish-date")
        or meta.get("date")
        or meta.get("dc.date")
        or (reader.times[0] if reader.times else None)
    )
    url = meta.get("og:url") or meta.get("canonical")
    if url and not re.match(r"^https?://\S+$", url):
        url = None
    return Page(
        blocks=blocks,
        headline=h1s[0] if h1s else None,
        title=title,
        site_name=site,
        url=url,
        published=published,
        author=meta.get("author"),
    )
