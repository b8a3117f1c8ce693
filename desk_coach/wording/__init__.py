"""Words in the user's language: every sentence, label and figure the user reads.

The domain and the services say things as codes and values (``domain/said.py``); the windows,
the notifications, the command line and the reports put them into words here. Every text goes
through :func:`translate.translate`, which the catalogues in ``resources/i18n`` (Qt Linguist
``.ts`` files, compiled to ``.qm`` by the build) answer once ``qt_catalogues.use_language`` has
loaded them. Only ``qt_catalogues`` imports Qt; the rest is plain Python.
"""
