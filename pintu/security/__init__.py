"""Sign-in, sign-in hardening, rate limits, spam defence, size limits and security headers (issue #8).

Map: `views_login` (the password step, rate-limited), `views_2fa` + `forms_2fa` + `urls` (the
second step and enrolment; URL namespace "accounts"), `twofactor` (who needs a second factor,
devices), `middleware` (second factor required, session limits, request size, Permissions-Policy),
`ratelimit` (per client, per address and per identity), `counters` (its fixed-window counters),
`clientid` (the client a limit counts against: account, signed cookie, address), `clientip` (one
client-address rule), `throttles` (the API's), `jsoninput` (JSON with its nesting depth limited),
`spam` (honeypot + signed render time), `backends` (django-axes lockout), `audit_hooks` (sign-in
events into pintu.audit), `responses` (the 429, 413 and lockout answers: JSON to API callers, a page
to people, every 429 saying how long to wait), `wellknown` (security.txt and its policy page),
`testing` (helpers for tests).
Stands above pintu.accounts (roles, scope) and pintu.audit.
"""
