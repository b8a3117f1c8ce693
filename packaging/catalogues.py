#!/usr/bin/env python3
"""Desk Coach's translation catalogues: bring them up to date, check them, compile them.

    python packaging/catalogues.py update    # new and changed texts into resources/i18n/*.ts
    python packaging/catalogues.py check     # list every missing, unfinished or stale text
    python packaging/catalogues.py compile   # .ts -> .qm with Qt's lrelease (the build does this)

Two catalogues per language, both Qt Linguist ``.ts`` files in ``resources/i18n/``:

- ``desk_coach_<lang>.ts``: the texts of the code, found by reading each module with Python's
  own parser: every call ``translate("Context", "text", "disambiguation", n)`` (or
  ``QCoreApplication.translate``) whose context and text are literals; a call with a count is a
  plural message; ``#:`` lines just above the call are notes for translators. (Qt's lupdate
  reads Python with its own scanner, which drops a call whose count is an expression such as
  ``len(items)`` and marks a plural only when the count is a literal number.)
- ``content_<lang>.ts``: the texts of the content files, as ``desk_coach/wording/content_files.py``
  declares them, the place in the file as the disambiguation.

``update`` keeps every translation whose English text is unchanged; a text whose English changed
keeps its old translation as a draft (``unfinished``, with the old English beside it) for the
translator to check; a text no longer used is kept as ``vanished`` so its translation is not
lost. ``check`` fails when the code or content has a text the catalogue lacks, or a language has
an unfinished or empty translation.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
CODE = TOP / "desk_coach"
RESOURCES = TOP / "resources"
FOLDER = RESOURCES / "i18n"
LANGUAGES = ("de", "es")
"""The languages with catalogues; a new language is added here (see the README)."""


@dataclass
class Message:
    context: str
    source: str
    disambiguation: str = ""
    numerus: bool = False
    notes: list[str] = field(default_factory=list)
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.disambiguation)


# --------------------------------------------------------------------------- finding the texts


def code_messages(root: Path = CODE) -> list[Message]:
    """Every literal ``translate(...)`` call in the package, in file order."""
    found: dict[tuple[str, str, str], Message] = {}
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        relative = path.relative_to(TOP).as_posix()
        for call in _translate_calls(ast.parse(text, str(path))):
            message = _message_of(call, lines)
            if message is None:
                continue
            known = found.setdefault(message.key, message)
            known.numerus = known.numerus or message.numerus
            for note in message.notes:
                if note not in known.notes:
                    known.notes.append(note)
            known.locations.append((relative, call.lineno))
    return list(found.values())


def _translate_calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name == "translate":
            yield node


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _message_of(call: ast.Call, lines: list[str]) -> Message | None:
    args = list(call.args)
    keywords = {keyword.arg: keyword.value for keyword in call.keywords}
    context = _literal(args[0]) if args else _literal(keywords.get("context"))
    source = _literal(args[1]) if len(args) > 1 else _literal(keywords.get("source"))
    if context is None or source is None:
        return None
    third = args[2] if len(args) > 2 else keywords.get("disambiguation")
    disambiguation = _literal(third) or ""
    numerus = len(args) > 3 or "n" in keywords
    return Message(context, source, disambiguation, numerus, _notes_above(call.lineno, lines))


def _notes_above(line: int, lines: list[str]) -> list[str]:
    """The ``#:`` comment lines right above line ``line`` (1-based), or right above the
    statement's first line when the call sits inside a longer expression."""
    notes: list[str] = []
    index = line - 2
    while index >= 0 and lines[index].strip().startswith("#:"):
        notes.insert(0, lines[index].strip()[2:].strip())
        index -= 1
    return [" ".join(notes)] if notes else []


def content_messages() -> list[Message]:
    """Every declared text of the content files."""
    sys.path.insert(0, str(TOP))
    from desk_coach.wording.content import texts
    from desk_coach.wording.content_files import CONTENT_FILES

    found: dict[tuple[str, str, str], Message] = {}
    for content in CONTENT_FILES:
        raw = tomllib.loads((RESOURCES / content.resource).read_text(encoding="utf-8"))
        for place, text, _put in texts(raw, content):
            message = Message(
                content.catalogue, text, place, locations=[(f"resources/{content.resource}", 0)]
            )
            found.setdefault(message.key, message)
    return list(found.values())


# --------------------------------------------------------------------------- the .ts files


@dataclass
class Entry:
    """A message as a catalogue holds it."""

    message: Message
    kind: str = "unfinished"  # "" (done), "unfinished" or "vanished"
    forms: list[str] = field(default_factory=lambda: [""])
    old_source: str = ""


def read_ts(path: Path) -> dict[tuple[str, str, str], Entry]:
    entries: dict[tuple[str, str, str], Entry] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            translation = node.find("translation")
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if translation is not None
                else []
            )
            if not forms:
                forms = [translation.text or "" if translation is not None else ""]
            message = Message(
                name,
                node.findtext("source") or "",
                node.findtext("comment") or "",
                node.get("numerus") == "yes",
                [node.findtext("extracomment")] if node.findtext("extracomment") else [],
            )
            kind = translation.get("type", "") if translation is not None else "unfinished"
            entries[message.key] = Entry(message, kind, forms, node.findtext("oldsource") or "")
    return entries


def plural_forms(language: str) -> int:
    """How many plural forms Qt's catalogue wants for ``language`` (German and Spanish: 2)."""
    return {"ja": 1, "zh": 1, "ko": 1, "tr": 1, "ar": 6, "pl": 3, "ru": 3, "uk": 3, "cs": 3}.get(language, 2)


def merge(messages: Iterable[Message], old: dict[tuple[str, str, str], Entry], language: str) -> list[Entry]:
    """The catalogue for ``messages``: kept, drafted from a changed text, new, or vanished."""
    entries: list[Entry] = []
    used: set[tuple[str, str, str]] = set()
    by_place = {(entry.message.context, entry.message.disambiguation): entry for entry in old.values()}
    forms = plural_forms(language)
    for message in messages:
        known = old.get(message.key)
        if known is not None and known.kind != "vanished":
            used.add(message.key)
            entries.append(
                Entry(message, known.kind, _fit(known.forms, message.numerus, forms), known.old_source)
            )
            continue
        draft = by_place.get((message.context, message.disambiguation)) if message.disambiguation else None
        if draft is not None and draft.message.source != message.source and any(draft.forms):
            used.add(draft.message.key)
            entries.append(
                Entry(message, "unfinished", _fit(draft.forms, message.numerus, forms), draft.message.source)
            )
            continue
        if known is not None:
            used.add(message.key)
            entries.append(Entry(message, "unfinished", _fit(known.forms, message.numerus, forms)))
            continue
        entries.append(Entry(message, "unfinished", [""] * (forms if message.numerus else 1)))
    for key, entry in old.items():
        if key not in used and any(entry.forms):
            entries.append(Entry(entry.message, "vanished", entry.forms, entry.old_source))
    return entries


def _fit(known: list[str], numerus: bool, forms: int) -> list[str]:
    if not numerus:
        return known[:1] or [""]
    return (known + [known[-1] if known else ""] * forms)[:forms]


def write_ts(path: Path, language: str, entries: list[Entry]) -> None:
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "en"})
    contexts: dict[str, ET.Element] = {}
    for entry in entries:
        message = entry.message
        context = contexts.get(message.context)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
            contexts[message.context] = context
        node = ET.SubElement(context, "message", {"numerus": "yes"} if message.numerus else {})
        for filename, line in message.locations:
            ET.SubElement(node, "location", {"filename": f"../../{filename}", "line": str(line)})
        ET.SubElement(node, "source").text = message.source
        if entry.old_source:
            ET.SubElement(node, "oldsource").text = entry.old_source
        if message.disambiguation:
            ET.SubElement(node, "comment").text = message.disambiguation
        for note in message.notes:
            ET.SubElement(node, "extracomment").text = note
        translation = ET.SubElement(node, "translation", {"type": entry.kind} if entry.kind else {})
        if message.numerus:
            for form in entry.forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = entry.forms[0] if entry.forms else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


# --------------------------------------------------------------------------- commands


def catalogues() -> Iterator[tuple[str, list[Message]]]:
    yield "desk_coach", code_messages()
    yield "content", content_messages()


def update(languages: Iterable[str] = LANGUAGES) -> None:
    FOLDER.mkdir(exist_ok=True)
    for name, messages in catalogues():
        for language in languages:
            path = FOLDER / f"{name}_{language}.ts"
            entries = merge(messages, read_ts(path), language)
            write_ts(path, language, entries)
            todo = sum(1 for entry in entries if entry.kind == "unfinished")
            print(f"{path.relative_to(TOP)}: {len(messages)} texts, {todo} to translate")


def problems(languages: Iterable[str] = LANGUAGES) -> list[str]:
    """Every text a catalogue lacks, leaves unfinished or holds empty, one line each."""
    found: list[str] = []
    for name, messages in catalogues():
        for language in languages:
            path = FOLDER / f"{name}_{language}.ts"
            entries = read_ts(path)
            where = path.relative_to(TOP)
            for message in messages:
                entry = entries.get(message.key)
                label = f"[{message.context}] {message.source!r}" + (
                    f" ({message.disambiguation})" if message.disambiguation else ""
                )
                if entry is None or entry.kind == "vanished":
                    found.append(f"{where}: missing {label}; run packaging/catalogues.py update")
                elif entry.kind == "unfinished" or not all(form.strip() for form in entry.forms):
                    state = "stale" if entry.old_source else "untranslated"
                    found.append(f"{where}: {state} {label}")
                elif entry.message.numerus != message.numerus:
                    found.append(f"{where}: plural forms changed for {label}; run update")
                else:
                    found.extend(
                        f"{where}: {label}: {fault}" for fault in _placeholder_faults(message, entry)
                    )
    return found


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z_0-9]*)(?:[:!][^{}]*)?\}")
"""A ``{name}`` to fill in, with or without a format (``{exercise:lower}``): the names must match."""


def _placeholder_faults(message: Message, entry: Entry) -> list[str]:
    """A translation must fill the same ``{placeholders}`` as its source (else the sentence
    cannot be filled in), and a plural's forms must keep ``%n`` where the source has it."""
    wanted = sorted({f"{{{name}}}" for name in _PLACEHOLDER.findall(message.source)})
    faults = []
    for form in entry.forms:
        have = sorted({f"{{{name}}}" for name in _PLACEHOLDER.findall(form)})
        if have != wanted:
            faults.append(f"placeholders {have} in {form!r}, the source has {wanted}")
    if message.numerus and "%n" in message.source and "%n" not in entry.forms[-1]:
        faults.append(f"the plural {entry.forms[-1]!r} lacks %n")
    return faults


def lrelease() -> str:
    """Qt's lrelease, from the PySide6 wheel of this Python (the build has it: pyproject.toml)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe", folder / "Qt" / "bin" / "lrelease"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit("catalogues: Qt's lrelease was not found in the PySide6 wheel")


def compile_all(folder: Path = FOLDER) -> list[Path]:
    """Every .ts of ``folder`` into a .qm beside it; returns the .qm files."""
    tool = lrelease()
    made = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True, env=os.environ.copy())
        made.append(target)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "check", "compile"))
    parser.add_argument("--language", action="append", help="only this language (repeatable)")
    args = parser.parse_args(argv)
    languages = tuple(args.language or LANGUAGES)
    if args.command == "update":
        update(languages)
    elif args.command == "compile":
        for path in compile_all():
            print(path.relative_to(TOP))
    else:
        found = problems(languages)
        for line in found:
            print(line)
        if found:
            print(f"catalogues: {len(found)} texts to see to", file=sys.stderr)
            return 1
        print("catalogues: every text translated in " + ", ".join(languages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
