"""A Telegram Bot API emulator with a control API that plays the users (docs/emulator.md)."""

from bot.emulator.client import EmulatorClient, EmulatorError
from bot.emulator.server import EMULATOR, Emulator

__all__ = ["EMULATOR", "Emulator", "EmulatorClient", "EmulatorError"]
