"""The citizen's own data (UU 27/2022 tentang Pelindungan Data Pribadi).

* ``anonymise``: the ONE function pair that removes a person from a case while its figures stay:
  used by erasure and by the retention sweep alike;
* ``export``: everything held about an account, as one ZIP;
* ``services``: the use cases (export, erase) with their audit entries;
* ``retention``: the sweep that anonymises closed cases past the retention period;
* ``history_redaction``: the one sanctioned way past the history table's append-only trigger;
* ``views`` / ``urls``: "Data saya" for signed-in citizens and the privacy page /privasi/.

See docs/privacy.md.
"""
