"""Field lists of GeoReport v2, written from the specification (wiki.open311.org/GeoReport_v2).

REQUIRED: fields a conforming response always carries. ALLOWED: every field the specification names
for that element (a response may carry nothing else).
"""

DISCOVERY = {"changeset", "contact", "key_service", "endpoints"}
ENDPOINT = {"specification", "url", "changeset", "type", "formats"}

SERVICE = {"service_code", "service_name", "description", "metadata", "type", "keywords", "group"}
SERVICE_TYPES = {"realtime", "batch", "blackbox"}

SERVICE_DEFINITION = {"service_code", "attributes"}
ATTRIBUTE = {"variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"}
ATTRIBUTE_DATATYPES = {"string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"}
ATTRIBUTE_VALUE = {"key", "name"}

CREATED = {"service_request_id", "token", "service_notice", "account_id"}
TOKEN = {"service_request_id", "token"}

REQUEST_ALLOWED = {
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
}
REQUEST_REQUIRED = REQUEST_ALLOWED - {"media_url"}  # media_url only when there is public media
REQUEST_STATUSES = {"open", "closed"}
W3C_DATETIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$"

ERROR = {"code", "description"}
