"""The case core: what every kind of case (report, information request, objection, dispute) shares.

A state machine built from a transition table, one registry of event kinds and their labels, the
action framework both faces (web and API) map onto, one apply_transition with per-case-type hooks, one
tracking-code-and-secret proof, and the announce/listen registries that let a lower app tell a higher
one that something happened. Each case type gives only its tables and hooks. See docs/architecture.md.
"""
