"""The resource directory helpers can send to a seeker in one tap (numbers, services, guides).

Built by ``bot`` from a JSON file coordinators can replace; the domain only reads it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from matching.models import Theme


@dataclass(frozen=True)
class Resource:
    key: str  # short stable id, fits in callback data
    theme: Theme
    title: Mapping[str, str]  # language -> title
    text: Mapping[str, str]  # language -> what the seeker receives

    def title_in(self, language: str, default: str = "fr") -> str:
        return self.title.get(language) or self.title.get(default) or self.key

    def text_in(self, language: str, default: str = "fr") -> str:
        return self.text.get(language) or self.text.get(default) or ""


@dataclass(frozen=True)
class Directory:
    resources: tuple[Resource, ...] = ()

    def get(self, key: str) -> Resource | None:
        return next((r for r in self.resources if r.key == key), None)

    def by_theme(self) -> dict[Theme, list[Resource]]:
        grouped: dict[Theme, list[Resource]] = {}
        for resource in self.resources:
            grouped.setdefault(resource.theme, []).append(resource)
        return grouped


class DirectoryError(ValueError):
    """The directory file is malformed; the message says which entry and why."""


def build_directory(entries: Iterable[Mapping[str, object]]) -> Directory:
    """Validate raw entries ({key, theme, title: {fr, en}, text: {fr, en}})."""
    resources: list[Resource] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        key = str(entry.get("key", "")).strip()
        if not key or len(key) > 24 or key in seen:
            raise DirectoryError(f"entry {index}: key missing, too long or repeated")
        try:
            theme = Theme(str(entry.get("theme", "other")))
        except ValueError:
            raise DirectoryError(f"entry {key}: unknown theme") from None
        title, text = entry.get("title"), entry.get("text")
        if not isinstance(title, Mapping) or not isinstance(text, Mapping) or "fr" not in text:
            raise DirectoryError(f"entry {key}: title and text need at least French")
        seen.add(key)
        resources.append(
            Resource(key, theme, {str(k): str(v) for k, v in title.items()},
                     {str(k): str(v) for k, v in text.items()})
        )
    return Directory(tuple(resources))
