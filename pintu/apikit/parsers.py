"""The API's JSON parser: DRF's, with the nesting depth limited before parsing (pintu.security.jsoninput)
and its errors in Indonesian. A body nested 1,000 deep was a RecursionError, an HTTP 500; now a 400."""

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser
from rest_framework.utils.json import strict_constant

from pintu.security import jsoninput


class DepthLimitedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            text = stream.read().decode(encoding) if stream is not None else ""
        except (UnicodeDecodeError, LookupError):
            raise ParseError(_("Isi permintaan bukan teks %(encoding)s yang sah.") % {"encoding": encoding}) from None
        try:
            return jsoninput.loads(text, parse_constant=strict_constant if self.strict else None)
        except jsoninput.JsonTooDeep as exc:
            raise ParseError(
                _("Isi JSON bersarang terlalu dalam (paling banyak %(n)d tingkat).") % {"n": exc.limit}
            ) from None
        except ValueError as exc:
            raise ParseError(_("Isi permintaan bukan JSON yang sah: %(error)s") % {"error": exc}) from None
