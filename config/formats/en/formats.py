"""ISO 8601 dates in forms and lists, whatever the reader's locale: 2007-08-14, never 08/14/2007.

The project prints dates with precision as 2007-08-14, 2007-08 or 2007; the admin's
date fields say the same. https://docs.djangoproject.com/en/5.2/topics/i18n/formatting/
"""

DATE_FORMAT = "Y-m-d"
SHORT_DATE_FORMAT = "Y-m-d"
DATETIME_FORMAT = "Y-m-d H:i"
SHORT_DATETIME_FORMAT = "Y-m-d H:i"
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
DATETIME_INPUT_FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"]
