"""Practice mode for training sessions (sosialisasi), issue #19 item 3: docs/practice.md."""
