"""gunicorn settings for `make serve`; each can be changed from the environment (config/settings/env.py).

https://docs.gunicorn.org/en/stable/settings.html
"""

import importlib

from config.settings import env

with env.exit_on_bad_setting():
    bind = env.text("BIND")
    # Threads share each worker's database pool (DATABASE_POOL_MAX_SIZE): keep threads <= that.
    workers = env.integer("WEB_WORKERS")
    threads = env.integer("WEB_THREADS")
    timeout = env.integer("WEB_TIMEOUT")  # a big CSV export streams for a while
    forwarded_allow_ips = env.text("FORWARDED_ALLOW_IPS")
    # Read the Django settings once here, in the master, as config.wsgi will in each worker: a
    # bad variable then stops gunicorn with its sentence, where a worker failing to boot would
    # print a traceback.
    importlib.import_module(env.text("DJANGO_SETTINGS_MODULE", default="config.settings.production"))
worker_class = "gthread"
graceful_timeout = 30
# Recycle workers now and then, so a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
# Refuse absurd request lines and headers before Django sees them.
limit_request_line = 8190
limit_request_fields = 100
accesslog = "-"
errorlog = "-"
# gunicorn 25.1+ opens a control socket by default, at one path per user account
# ($HOME/.gunicorn/gunicorn.ctl), so two instances on one host would share it. Nothing
# here uses gunicornc: no socket that can add workers or stop the server.
control_socket_disable = True
