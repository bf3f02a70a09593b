"""Fetching mail for ingest_email: an IMAP mailbox over SSL (imaplib) or a Maildir folder.

Each message is ingested, then marked so the next poll skips it (IMAP: \\Seen, or moved out of `new/`
in a Maildir). Ingesting is idempotent by Message-ID anyway, so a crash between the two only repeats a
no-op.
"""

import imaplib
import logging
import mailbox
from collections.abc import Callable, Iterator
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImapAccount:
    host: str
    user: str
    password: str
    port: int = 993
    folder: str = "INBOX"


def imap_messages(account: ImapAccount, handle: Callable[[bytes], None], limit: int = 100) -> int:
    """Handle unseen messages of the folder; mark each seen after it was handled. Returns the count."""
    handled = 0
    with imaplib.IMAP4_SSL(account.host, account.port) as conn:
        conn.login(account.user, account.password)
        conn.select(account.folder)
        _status, data = conn.search(None, "UNSEEN")
        for num in (data[0] or b"").split()[:limit]:
            _status, parts = conn.fetch(num, "(BODY.PEEK[])")
            raw = next((p[1] for p in parts if isinstance(p, tuple)), None)
            if raw is None:
                continue
            handle(raw)
            conn.store(num, "+FLAGS", "\\Seen")
            handled += 1
    return handled


def maildir_messages(path: str) -> Iterator[tuple[str, bytes]]:
    box = mailbox.Maildir(path, factory=None, create=False)
    for key in list(box.iterkeys()):
        message = box.get_message(key)
        if "S" in message.get_flags():
            continue
        yield key, box.get_bytes(key)


def poll_maildir(path: str, handle: Callable[[bytes], None], limit: int = 100) -> int:
    box = mailbox.Maildir(path, factory=None, create=False)
    handled = 0
    for key, raw in maildir_messages(path):
        if handled >= limit:
            break
        handle(raw)
        message = box.get_message(key)
        message.set_subdir("cur")
        message.add_flag("S")
        box[key] = message
        handled += 1
    return handled
