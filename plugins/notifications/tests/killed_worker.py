"""A worker process that dies by SIGKILL right after the SMTP server accepted its e-mail, before it
records anything: ``python -m plugins.notifications.tests.killed_worker <job id>`` with the app's
settings in the environment."""

from __future__ import annotations

import os
import signal
import sys

from app import create_app
from app.jobs import worker
from plugins.notifications import channels


def main(job_id: int) -> None:
    accepted = channels.SmtpEmail.send

    def send_then_die(self, outgoing):
        accepted(self, outgoing)
        os.kill(os.getpid(), signal.SIGKILL)

    channels.SmtpEmail.send = send_then_die
    app = create_app()
    with app.app_context():
        worker.perform(job_id)


if __name__ == "__main__":
    main(int(sys.argv[1]))
