"""The tamper-evident audit log: who read or changed what, when and from where.

Every entry hashes the previous one (``pintu.audit.chain``), so an edited, inserted or deleted
row is found by ``python manage.py audit_verify``. Write entries only with
``pintu.audit.services.audit``.
"""
