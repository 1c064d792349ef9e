"""The WSGI entry point for gunicorn (``service.wsgi:app``): the one module-level app."""

from service import create_app

app = create_app()
