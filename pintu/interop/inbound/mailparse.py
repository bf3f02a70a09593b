"""Reading an RFC 822 message: sender, ids for threading, a plain-text body, attachments. No Django.

The body prefers text/plain; an HTML-only message is reduced to its text (scripts and styles dropped,
nothing rendered). Quoted history below a reply marker is cut so a reply stores only what is new.
"""

import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr
from html.parser import HTMLParser

MAX_TEXT = 10_000
_QUOTE_MARKERS = (
    re.compile(r"^On .+ wrote:\s*$", re.MULTILINE),
    re.compile(r"^Pada .+ menulis:\s*$", re.MULTILINE),
    re.compile(r"^-{2,}\s*Original Message\s*-{2,}", re.MULTILINE | re.IGNORECASE),
    re.compile(r"^-{2,}\s*Pesan Asli\s*-{2,}", re.MULTILINE | re.IGNORECASE),
)


@dataclass
class ParsedEmail:
    message_id: str
    sender_email: str
    sender_name: str
    subject: str
    text: str
    in_reply_to: str = ""
    references: str = ""
    auto_submitted: bool = False
    attachments: list[tuple[str, bytes]] = field(default_factory=list)


class _TextExtractor(HTMLParser):
    SKIP = {"script", "style", "head", "title"}
    BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    lines = [" ".join(line.split()) for line in "".join(extractor.parts).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def strip_quoted(text: str) -> str:
    """Drop the quoted earlier message of a reply ("On ... wrote:", "> " lines)."""
    for marker in _QUOTE_MARKERS:
        match = marker.search(text)
        if match and match.start() > 0:
            text = text[: match.start()]
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(lines).strip()


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):
        content = part.get_payload(decode=True).decode("utf-8", errors="replace")
    if part.get_content_type() == "text/html":
        content = html_to_text(content)
    return strip_quoted(content.replace("\r\n", "\n"))[:MAX_TEXT]


def parse_email(raw: bytes) -> ParsedEmail:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    name, address = parseaddr(str(message.get("From", "")))
    attachments = []
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True)
        if payload is not None:
            attachments.append((part.get_filename() or "lampiran", payload))
    auto = str(message.get("Auto-Submitted", "no")).strip().lower()
    return ParsedEmail(
        message_id=str(message.get("Message-ID", "")).strip(),
        sender_email=address.strip(),
        sender_name=" ".join(name.split())[:150],
        subject=" ".join(str(message.get("Subject", "")).split()),
        text=_body(message),
        in_reply_to=str(message.get("In-Reply-To", "")),
        references=str(message.get("References", "")),
        auto_submitted=auto not in ("", "no") or bool(message.get("X-Autoreply")),
        attachments=attachments,
    )
