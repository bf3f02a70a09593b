"""Operations: backup and restore of everything Pintu keeps (database + MEDIA_ROOT). See docs/operations.md."""
