"""gunicorn settings for `make serve`; each can be changed from the environment.

https://docs.gunicorn.org/en/stable/settings.html
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
# Threads share each worker's database pool (DATABASE_POOL_MAX_SIZE): keep threads <= that.
workers = int(os.environ.get("WEB_WORKERS", "2"))
threads = int(os.environ.get("WEB_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("WEB_TIMEOUT", "120"))  # a big CSV export streams for a while
graceful_timeout = 30
# Recycle workers now and then, so a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
# Refuse absurd request lines and headers before Django sees them.
limit_request_line = 8190
limit_request_fields = 100
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn 25.1+ opens a control socket by default, at one path per user account
# ($HOME/.gunicorn/gunicorn.ctl), so two instances on one host would share it. Nothing
# here uses gunicornc: no socket that can add workers or stop the server.
control_socket_disable = True
