"""Operator commands: ``flask seed``, ``flask worker``, ``flask plugins``."""

from __future__ import annotations

import click
from flask import Flask, current_app


def register_commands(app: Flask) -> None:
    @app.cli.command("seed")
    @click.option("--demo", is_flag=True, help="Also create demo accounts, one for every role.")
    def seed(demo: bool) -> None:
        """Load reference data (roles, service points); safe to run again."""
        from seeds import run

        try:
            report = run(demo=demo)
        except ValueError as error:
            raise click.ClickException(str(error)) from error
        for line in report:
            click.echo(line)

    @app.cli.command("worker")
    @click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
    def worker(burst: bool) -> None:
        """Run queued jobs (needs REDIS_URL); the scheduler handles retries."""
        from app.jobs import start_worker

        try:
            start_worker(current_app._get_current_object(), burst=burst)
        except RuntimeError as error:
            raise click.ClickException(str(error)) from error

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
