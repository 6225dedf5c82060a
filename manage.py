#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    from django.core.management import execute_from_command_line

    from config.settings.env import exit_on_bad_setting

    # A bad environment variable is its one sentence and exit status 1, not a traceback.
    with exit_on_bad_setting():
        execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
