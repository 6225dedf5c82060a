# One source per address: a key column holding each URL normalised (scheme, host case,
# www., default port, trailing slash, tracking parameters), unique where there is a URL.

from urllib.parse import parse_qsl, urlencode, urlsplit

from django.db import migrations, models

# Frozen copy of adoption.models.sources.url_key as it was when this migration was
# written, so that later changes to it cannot change what this migration does.
# Query parameters that only say how a reader arrived (campaign, click and referral tags):
# the same document with or without them.
TRACKING_PARAMETERS = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "spm",
}  # fmt: skip
DEFAULT_PORTS = {"http": 80, "https": 443}


def url_key(url: str) -> str:
    """What two source addresses must not share: the URL with http and https alike, the host in
    lower case without `www.` or a default port, no trailing slash, no fragment, and its
    query without tracking parameters (utm_*, fbclid, gclid...) and in sorted order.
    "http://WWW.Example.com:80/story/?utm_source=x" and "https://example.com/story" have one key.
    """
    url = (url or "").strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url  # not a URL the validator takes; the field's own error says so
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    if scheme in DEFAULT_PORTS:
        scheme = "https"
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not name.lower().startswith("utm_") and name.lower() not in TRACKING_PARAMETERS
    )
    path = parts.path.rstrip("/")
    return f"{scheme}://{host}{path}" + (f"?{urlencode(query)}" if query else "")


def fill_url_keys(apps, schema_editor):
    """Fill every source's key; refuse, naming them, sources that already share an address."""
    Source = apps.get_model("adoption", "Source")
    sources = list(Source.objects.exclude(url="").order_by("pk").only("pk", "url", "slug", "title"))
    first, clashes = {}, []
    for source in sources:
        source.url_key = url_key(source.url)
        other = first.setdefault(source.url_key, source)
        if other is not source:
            clashes.append(f"{other.slug} ({other.url}) and {source.slug} ({source.url})")
    if clashes:
        raise RuntimeError(
            "Sources must now have different addresses, ignoring http/https, www., the host's case, a default "
            "port, a trailing slash and tracking parameters, and these do not: "
            + "; ".join(clashes)
            + ". Merge them (or correct one address) with the version you are upgrading from, then migrate again."
        )
    Source.objects.bulk_update(sources, ["url_key"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("adoption", "0008_synthetic_flag"),
    ]

    operations = [
        migrations.AddField(
            model_name="source",
            name="url_key",
            field=models.CharField(
                blank=True,
                default="",
                editable=False,
                help_text="The URL normalised (scheme, host, port, trailing slash, tracking parameters), "
                "so that no two sources have one address. Never shown.",
                max_length=600,
            ),
        ),
        migrations.RunPython(fill_url_keys, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="source",
            constraint=models.UniqueConstraint(
                condition=models.Q(("url_key", ""), _negated=True),
                fields=("url_key",),
                name="source_url_key_unique",
                violation_error_message="Another source already has this address.",
            ),
        ),
    ]
