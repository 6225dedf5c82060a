"""manage.py weigh_survey SLUG [--user NAME]: rake a survey's responses to its population margins."""

from django.core.management.base import CommandError

from adoption.audit import current
from adoption.management.audited import AuditedCommand
from adoption.models import Survey
from adoption.services.weighting import WeightingError, run_summary, weigh


class Command(AuditedCommand):
    help = (
        "Weight a survey's responses by raking them to its population margins (declared in the admin), "
        "trimming every weight to the survey's cap times the mean weight. Stores each response's weight "
        "with the run, and prints how the run went. Nothing is written when the margins or the responses "
        "do not allow it: the exit status is 1 and every problem is listed."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The survey's slug.")
        super().add_arguments(parser)

    def handle(self, *args, slug, **options):
        survey = Survey.objects.filter(slug=slug).first()
        if survey is None:
            raise CommandError(f"There is no survey {slug!r}.", returncode=1)
        try:
            run = weigh(survey, user=current().user)
        except WeightingError as exc:
            lines = "\n".join(f"  - {message}" for message in exc.messages)
            raise CommandError(f"Nothing was weighted: {survey.slug} cannot be raked.\n{lines}", returncode=1) from None
        style = self.style.SUCCESS if run.converged else self.style.WARNING
        self.stdout.write(style(f"{survey.slug}: {run_summary(run)}"))
