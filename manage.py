#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pintu.settings")
    from pintu import localenv

    localenv.load()  # var/local.env, written by `make run` / `make test`; never read by gunicorn (pintu.wsgi)
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
