"""A problem of a data file in the user's words: the file, the entry and the field as the file
names them, then what is wrong and what Desk Coach does instead::

    settings.toml: field 'breaks.sit_interval_min': 5 is not a whole number from 20 to 60;
    using the default 30.
"""

from __future__ import annotations

from desk_coach.domain.data_files import Problem
from desk_coach.domain.said import Said
from desk_coach.wording.say import say
from desk_coach.wording.translate import translate


def finding_words(problem: Problem) -> str:
    """Where in the file and what is wrong, without the file's name and the outcome."""
    #: Names a field of a data file in a problem; {field} is its dotted name ("breaks.sit_interval_min").
    field = translate("Files", "field '{field}'").format(field=problem.field) if problem.field else ""
    where = ", ".join(part for part in (problem.entry, field) if part)
    detail = say(problem.detail)
    #: {where} is the entry and field ("exercise C1, field 'dose.reps'"), {detail} what is wrong there.
    return translate("Files", "{where}: {detail}").format(where=where, detail=detail) if where else detail


def problem_words(problem: Problem) -> str:
    """The whole sentence: file, entry, field, value, what is allowed, what is done."""
    #: {file} is the data file's name or path, {finding} what is wrong in it.
    text = translate("Files", "{file}: {finding}").format(file=problem.source, finding=finding_words(problem))
    if problem.outcome is not None:
        #: {finding} is what is wrong in a file, {outcome} what Desk Coach does instead.
        text = translate("Files", "{finding}; {outcome}").format(finding=text, outcome=say(problem.outcome))
    return text if text.endswith(".") else text + "."


def sentence_words(said: Said) -> str:
    """A problem said on its own, under the field it is about: a capital first and a full stop."""
    text = say(said)
    return f"{text[:1].upper()}{text[1:]}."
