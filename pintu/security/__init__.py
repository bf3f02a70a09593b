"""Sign-in hardening, rate limits, spam defence, size limits and security headers (issue #8).

Map: `twofactor` (who needs a second factor, devices), `middleware` (second factor required,
session limits, request size, Permissions-Policy), `ratelimit` (per client, per address and per
identity), `clientid` (the client a limit counts against: account, signed cookie, address),
`throttles` (the API's), `jsoninput` (JSON with its nesting depth limited), `spam` (honeypot + signed
render time), `backends` (django-axes lockout), `audit_hooks` (sign-in events into pintu.audit),
`views` (429 and 413 pages, saying how long to wait), `testing` (helpers for tests).
"""
