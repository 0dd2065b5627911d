"""Texts from the gettext catalogs (``locales/<lang>/LC_MESSAGES/*.po``), read with Babel.

Each flow may keep its own catalog file (``messages.po``, ``followups.po``, ``admin.po``); all the
files of a language are merged, and a test checks that both languages have the same keys.

Message ids are stable keys (``welcome``, ``ask.who``...). A parameter whose value starts with
``@`` is itself a key, translated in the same language (``@theme.care`` -> "Access to care").
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from babel.messages.pofile import read_po

LOCALES = Path(__file__).parent / "locales"
LANGUAGES = ("fr", "en")


class _Params(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Texts:
    def __init__(self, catalogs: Mapping[str, Mapping[str, str]], default: str = "fr") -> None:
        self._catalogs = catalogs
        self.default = default

    @classmethod
    def load(cls, default: str = "fr", root: Path = LOCALES) -> Texts:
        catalogs: dict[str, dict[str, str]] = {}
        for language in LANGUAGES:
            merged: dict[str, str] = {}
            for path in sorted((root / language / "LC_MESSAGES").glob("*.po")):
                with path.open("rb") as handle:
                    catalog = read_po(handle, locale=language)
                merged.update({str(m.id): str(m.string) for m in catalog if m.id and m.string})
            catalogs[language] = merged
        return cls(catalogs, default)

    def keys(self, language: str) -> set[str]:
        return set(self._catalogs.get(language, {}))

    def language(self, code: str | None) -> str:
        """Telegram's ``language_code`` (``en-GB``) -> a supported language."""
        if code:
            base = code.split("-")[0].lower()
            if base in self._catalogs:
                return base
        return self.default

    def get(self, language: str, key: str, /, **params: object) -> str:
        catalog = self._catalogs.get(language) or self._catalogs[self.default]
        template = catalog.get(key) or self._catalogs[self.default].get(key) or key
        resolved = _Params()
        for name, value in params.items():
            if isinstance(value, str) and value.startswith("@"):
                value = self.get(language, value[1:]) if len(value) > 1 else ""
            resolved[name] = value
        return template.format_map(resolved)
