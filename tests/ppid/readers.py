"""Reading what the PPID hands out, for the tests that compare the web's file with the API's: a web client
(signed in or not), a spreadsheet's cells, a PDF's text, and how many audit entries an action left."""

import io

from django.test import Client
from openpyxl import load_workbook
from pypdf import PdfReader

from pintu.audit.models import AuditEntry

V1 = "/api/v1/"


def web_as(user_named, username: str | None = None) -> Client:
    client = Client()
    if username:
        client.force_login(user_named(username))
    return client


def sheet_values(content: bytes) -> dict:
    book = load_workbook(io.BytesIO(content))
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def audits(action: str) -> int:
    return AuditEntry.objects.filter(action=action).count()
