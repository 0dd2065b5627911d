"""``python -m bot {run,migrate,sandbox,triage}``."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from bot.config import ConfigError, load_settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Pairline: a Telegram bot for a peer-support listening line.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser(
        "run", help="run the bot: long polling, or a webhook if WEBHOOK_URL is set"
    )
    run.add_argument("--worker", action="store_true",
                     help="timed work and delivery only, beside one polling process "
                     "(PostgreSQL)")
    sub.add_parser("migrate", help="apply the database migrations and exit")
    sandbox = sub.add_parser(
        "sandbox", help="the bot, a Bot API emulator and a web page with three phones"
    )
    sandbox.add_argument("--port", type=int, default=8080)
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--demo", action="store_true", help="also register a peer helper on duty")
    triage = sub.add_parser("triage", help="rate messages read from stdin, one JSON per line")
    triage.add_argument("--rules-only", action="store_true",
                        help="the rules alone, without the statistical second opinion (as "
                        "TRIAGE_MODEL=false)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for noisy in ("aiogram.event", "apscheduler", "alembic", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        if args.command == "triage":  # the model kept in TRIAGE_MODEL_DIR, as the bot keeps it
            from bot.commands.triage import run as triage

            settings = load_settings()
            rules_only = args.rules_only or not settings.triage_model
            code: int = triage(["--rules-only"] if rules_only else [], sys.stdin, sys.stdout,
                               model_dir=settings.triage_model_dir)
            return code
        if args.command == "sandbox":
            from bot.sandbox.runner import run_sandbox

            return asyncio.run(run_sandbox(args.host, args.port, args.demo))
        settings = load_settings()
        from bot.commands.serve import migrate, run

        if args.command == "migrate":
            return asyncio.run(migrate(settings))
        return asyncio.run(run(settings, worker=args.worker))
    except ConfigError as exc:
        print(f"pairline: configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
