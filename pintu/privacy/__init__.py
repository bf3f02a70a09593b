"""Personal data of reporters: NIK and contact validation, masking, and encryption at rest.

A plain package, not a Django app (no models, no migrations):

* ``pintu.privacy.nik``: validate_nik, normalize_nik, mask_nik (pure Python).
* ``pintu.privacy.contact``: normalize_phone, mask_phone, validate_email_address, mask_email.
* ``pintu.privacy.crypto``: encrypt_text/decrypt_text/rotate_text, encrypt_bytes/decrypt_bytes,
  blind_index; keys from settings.PINTU_FIELD_KEYS (key rotation is described there).
* ``pintu.privacy.fields``: EncryptedTextField.

Nothing is re-exported here so that importing the pure modules never loads Django.
"""
