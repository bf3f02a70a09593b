"""Personal data (UU 27/2022 tentang Pelindungan Data Pribadi).

* ``models``: the controller and its data-protection officer (``PrivacySettings``), the archive schedule
  (``RecordType``, JRA), restrictions (``Restriction``) and the breach register (``Breach``);
* ``anonymise``: the ONE function set that removes a person from a case while its figures stay:
  used by erasure, by completed restrictions and by the retention sweep alike;
* ``duty`` (pure) and ``restriction``: erasure of a case the law still needs becomes a restriction
  (hidden and unused through pintu.cases.restrictions), completed when the duty ends;
* ``export``: everything held about an account, as one ZIP;
* ``services``: the use cases (export, erase) with their audit entries;
* ``retention``: the sweep that anonymises closed cases past the archive schedule;
* ``breaches`` and ``breach_clock`` (pure): the breach register and its 3 x 24 hour clock;
* ``history_redaction``: the one sanctioned way past the history table's append-only trigger;
* ``views`` / ``views_case`` / ``views_breach`` / ``urls``: "Data saya", the privacy page /privasi/, a
  guest's erasure from one report, the breach register's staff pages.

See docs/privacy.md.
"""
