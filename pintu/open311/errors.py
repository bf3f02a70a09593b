"""The specification's error document: <errors><error><code/><description/></error></errors>.

The error code is the HTTP status: 400 missing or invalid parameter, 403 invalid api_key,
404 unknown service_code, service_request_id, token or jurisdiction_id.
"""


class Open311Error(Exception):
    def __init__(self, status: int, *descriptions: str):
        super().__init__(descriptions[0] if descriptions else "")
        self.status = status
        self.descriptions = [str(d) for d in descriptions]

    def document(self) -> list[dict]:
        return [{"code": self.status, "description": text} for text in self.descriptions]
