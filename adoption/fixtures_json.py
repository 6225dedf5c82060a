"""Django's JSON serialization (dumpdata, loaddata), with timestamps to the microsecond.

Django's encoder cuts datetimes to milliseconds, so a backup restored by loaddata would
come back with every `updated` a little different, and every ETag with it. This is the
"json" format for this project (settings.SERIALIZATION_MODULES); reading is Django's own.
"""

import datetime

from django.core.serializers import json as django_json
from django.core.serializers.json import DjangoJSONEncoder


class Encoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(django_json.Serializer):
    def _init_options(self):
        self.options.setdefault("cls", Encoder)
        super()._init_options()  # type: ignore[misc]  # a private hook of Django's serializers; django-stubs omits it


Deserializer = django_json.Deserializer
