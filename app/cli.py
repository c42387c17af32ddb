"""Operator commands: ``flask seed``, ``flask release-slots``, ``flask worker``, ``flask scheduler``, ``flask plugins``,
``flask api-key``."""

from __future__ import annotations

import click
from flask import Flask, current_app


def register_commands(app: Flask) -> None:
    @app.cli.command("seed")
    @click.option("--demo", is_flag=True, help="Also create demo accounts, one for every role.")
    def seed(demo: bool) -> None:
        """Load reference data (roles, service points, content, forms); safe to run again, all or nothing."""
        from app.extensions import db
        from seeds import run

        try:
            report = run(demo=demo)
        except ValueError as error:
            raise click.ClickException(str(error)) from error
        db.session.commit()
        for line in report:
            click.echo(line)

    @app.cli.command("release-slots")
    def release_slots() -> None:
        """Release every visit service's slots up to its horizon now, and keep the nightly release
        asked for (a job that runs each night at 00:05 office time)."""
        from app.bookings import release
        from app.extensions import db

        for service, (added, withdrawn) in release.release_all().items():
            click.echo(f"{service}: {added} slots released, {withdrawn} withdrawn")
        release.schedule_nightly()
        db.session.commit()

    @app.cli.command("worker")
    @click.option("--burst", is_flag=True, help="Stop when no job is left.")
    @click.option("--fork", is_flag=True, help="Run each job in a child process of its own (RQ's Worker).")
    def worker(burst: bool, fork: bool) -> None:
        """Run jobs: from RQ with REDIS_URL (the scheduler relays them); without it, the due
        jobs in this process every few seconds (the embedded mode's worker and scheduler).

        Jobs run in the worker's own process (RQ's SimpleWorker): a fork per job costs more than a
        notification's whole delivery (bench/RESULTS.md). A job that dies with its process is taken
        again after its lease, as with a fork."""
        from rq import SimpleWorker, Worker

        from app.extensions import db
        from app.jobs import scheduler
        from app.jobs.worker import use_app

        app = current_app._get_current_object()
        queue = app.extensions.get("rq_queue")
        if queue is None:
            scheduler.run(app, once=burst)
            return
        use_app(app)
        from redis import Redis
        from rq import Queue

        # the web's connection gives up in seconds; a worker waits on the queue for minutes
        connection = Redis.from_url(app.config["REDIS_URL"])
        if fork:
            db.engine.dispose()  # each child opens its own database connection, never the parent's
        runner = Worker if fork else SimpleWorker
        runner([Queue(queue.name, connection=connection)], connection=connection).work(burst=burst)

    @app.cli.command("scheduler")
    @click.option("--once", is_flag=True, help="One round, then stop.")
    def scheduler(once: bool) -> None:
        """Every few seconds: put jobs that lost their run back, hand due jobs to the queue. One
        scheduler at a time runs (PostgreSQL advisory lock); others wait for their turn."""
        from app.jobs import scheduler

        scheduler.run(current_app._get_current_object(), once=once)

    @app.cli.command("plugins")
    def list_plugins() -> None:
        """List the plugins found and whether each is enabled."""
        from app.plugins import available

        enabled = current_app.extensions.get("plugins", {})
        for name in available():
            plugin = enabled.get(name)
            if plugin:
                click.echo(f"{name:<16} enabled   {plugin.info.title} — {plugin.info.description}")
            else:
                click.echo(f"{name:<16} disabled")

    @app.cli.command("api-key")
    @click.argument("email")
    @click.option("--name", default="case-management system", help="What the key is for.")
    def api_key(email: str, name: str) -> None:
        """Create the account of the office's case-management system (role CaseSystem, no
        password) if needed, and print a new API key for it once."""
        from app.accounts.models import AccountType, PortalUser
        from app.accounts.roles import Role
        from app.accounts.services import normalise_email
        from app.extensions import db

        sm = current_app.appbuilder.sm
        role = sm.find_role(Role.CASE_SYSTEM)
        if role is None:
            raise click.ClickException("roles are missing: run 'flask seed'")
        address = normalise_email(email)
        user = db.session.query(PortalUser).filter_by(email=address).one_or_none()
        if user is None:
            user = PortalUser(
                email=address,
                username=address,
                first_name="System",
                last_name=name[:60],
                active=True,
                account_type=AccountType.STAFF,
                roles=[role],
            )
            db.session.add(user)
            db.session.commit()
        elif role not in user.roles:
            raise click.ClickException(f"{address} is not the case-management system's account")
        created = sm.create_api_key(user, name)
        click.echo(created["key"])
