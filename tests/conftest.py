from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from adoption.services.seeds import load_seeds


@pytest.fixture
def vocabulary(db):
    """The reference vocabulary from fixtures/, as `make run` loads it."""
    call_command("loaddata", "vocabulary", verbosity=0)


@pytest.fixture
def seeded(vocabulary):
    """The vocabulary plus every seed file in seeds/."""
    return load_seeds(paths=[Path(settings.SEEDS_DIR)])


@pytest.fixture
def seed_file() -> Path:
    """The founding article's seed file."""
    (path,) = Path(settings.SEEDS_DIR).glob("000_*.toml")
    return path
