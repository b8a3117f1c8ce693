"""`desk-coach screen --from-json` on files of any shape: one clear line naming the file and
what is wrong (and where, when it can say), exit status 1, nothing stored, no traceback.

Pathological files included: nesting thousands deep, numbers thousands of digits long, text
that is not UTF-8 or holds escapes of no character, files over the size limit, a folder, a
FIFO, a device, a missing and an unreadable file.
"""

from __future__ import annotations

import json
import os
import shutil
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_coach import cli
from desk_coach.adapters.paths import AppPaths
from desk_coach.adapters.screen_files import MAX_TRAINER_FILE_BYTES


def refused(path: Path | str, capsys) -> str:
    """Run the command on ``path``; it must fail with one line about the file and store nothing."""
    assert cli.main(["screen", "--from-json", str(path)]) == cli.EXIT_FAILURE
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{path}: ")
    assert "Traceback" not in err
    assert not AppPaths.for_current_user().database.exists()
    return lines[0].removeprefix(f"{path}: ")


def test_the_size_limit_is_one_mebibyte():
    assert MAX_TRAINER_FILE_BYTES == 1024 * 1024


def test_nesting_thousands_deep_is_refused_with_where(tmp_path, capsys):
    path = tmp_path / "deep.json"
    path.write_text('{"items": ' + "[" * 5000 + "]" * 5000 + "}")
    message = refused(path, capsys)
    assert message.startswith("nested too deeply at line 1, column ")
    assert "a trainer's file needs at most" in message


def test_nesting_thousands_deep_inside_strings_is_only_text(tmp_path, capsys):
    path = tmp_path / "brackets-in-text.json"
    path.write_text(json.dumps({"trainer": "[" * 5000, "floor_room": True}))
    assert cli.main(["screen", "--from-json", str(path)]) == cli.EXIT_FAILURE
    err = capsys.readouterr().err
    assert "nested" not in err  # the brackets are text; the file fails for its missing fields
    assert f"{path}: field 'items': missing" in err


def test_a_number_thousands_of_digits_long_is_refused_with_where(tmp_path, capsys):
    path = tmp_path / "long-number.json"
    path.write_text('{\n  "version": ' + "9" * 5000 + "\n}\n")
    assert refused(path, capsys) == "line 2, column 14: a number 5000 digits long; numbers here are short"


def test_a_long_decimal_number_is_refused_too(tmp_path, capsys):
    path = tmp_path / "long-decimal.json"
    path.write_text('{"version": 1.' + "5" * 5000 + "}")
    assert refused(path, capsys).startswith("line 1, column 13: a number 5001 digits long")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(tmp_path, capsys, constant):
    path = tmp_path / "nan.json"
    path.write_text('{"version": ' + constant + "}")
    assert refused(path, capsys) == f"not valid JSON: {constant} is not a JSON number"


def test_an_escape_of_no_character_is_refused(tmp_path, capsys):
    path = tmp_path / "surrogate.json"
    path.write_text('{\n "trainer": "Sam \\ud800 Lee"}')
    assert refused(path, capsys) == (
        "line 2, column 18: the escape \\ud800 stands for no character (half of a pair)"
    )


def test_not_utf8_is_refused(tmp_path, capsys):
    path = tmp_path / "binary.json"
    path.write_bytes(b'{"trainer": "\xff\xfe"}')
    assert refused(path, capsys) == "line 1 holds bytes that are not UTF-8 text"


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, capsys, monkeypatch):
    path = tmp_path / "big.json"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024)  # 50 MiB of nothing: sparse, cheap to make
    reads: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        reads.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", counting_read)
    message = refused(path, capsys)
    assert message == "the file is 50.0 MiB; a trainer's file may be at most 1 MiB"
    assert sum(reads) <= MAX_TRAINER_FILE_BYTES + 1


def test_a_file_just_over_the_limit_is_refused(tmp_path, capsys):
    path = tmp_path / "just-over.json"
    path.write_bytes(b" " * (MAX_TRAINER_FILE_BYTES + 1))
    assert refused(path, capsys) == "the file is 1.0 MiB; a trainer's file may be at most 1 MiB"


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path, capsys):
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    assert refused(path, capsys) == "this is not a regular file (a pipe, a device or a socket)"


def test_a_device_is_refused(capsys):
    assert refused("/dev/zero", capsys) == "this is not a regular file (a pipe, a device or a socket)"


def test_a_folder_and_a_missing_file(tmp_path, capsys):
    assert refused(tmp_path, capsys) == "this is a folder, not a JSON file"
    assert refused(tmp_path / "nope.json", capsys) == "there is no such file"


def test_an_unreadable_file(tmp_path, capsys, monkeypatch):
    path = tmp_path / "secret.json"
    path.write_text("{}")
    real_open = os.open

    def denied(file, flags, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    assert refused(path, capsys) == "Desk Coach is not allowed to read this file (permission denied)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file whatever its mode")
def test_an_unreadable_file_for_real(tmp_path, capsys):
    path = tmp_path / "secret.json"
    path.write_text("{}")
    path.chmod(0)
    assert refused(path, capsys) == "Desk Coach is not allowed to read this file (permission denied)"


def test_many_problems_are_capped_to_a_few_lines(tmp_path, capsys):
    path = tmp_path / "many.json"
    path.write_text(json.dumps({f"key{n}": n for n in range(2000)}))
    assert cli.main(["screen", "--from-json", str(path)]) == cli.EXIT_FAILURE
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) <= 11
    assert lines[-1] == f"{path}: and 1994 more problems"


# -- any JSON-ish input ---------------------------------------------------------------------------
_TRAINER_KEYS = ["version", "taken_at", "trainer", "lifestyles", "floor_room", "red_flags", "items", "//"]
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(
        ["S1", "S2", "left", "right", "score", "pain", "desk_worker", "2025-05-06T10:30:00+02:00"]
    )
)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(_TRAINER_KEYS) | st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=20,
)
_documents = (
    st.dictionaries(st.sampled_from(_TRAINER_KEYS) | st.text(max_size=6), _values, max_size=8) | _values
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=_documents, garble=st.sampled_from(["", "cut", "bytes", "junk"]))
def test_any_json_ish_file_is_stored_or_refused_in_plain_lines(tmp_path, capsys, document, garble):
    text = json.dumps(document)
    raw = text.encode()
    if garble == "cut":
        raw = raw[: len(raw) // 2]
    elif garble == "bytes":
        raw = raw + b"\xc3"
    elif garble == "junk":
        raw = raw + string.punctuation.encode()
    path = tmp_path / "any.json"
    path.write_bytes(raw)
    code = cli.main(["screen", "--from-json", str(path)])
    out, err = capsys.readouterr()
    assert code in (cli.EXIT_OK, cli.EXIT_FAILURE)
    if code == cli.EXIT_FAILURE:
        assert out == ""
        assert err and all(line.startswith(f"{path}: ") for line in err.splitlines()), err
        assert len(err.splitlines()) <= 11
        assert not AppPaths.for_current_user().database.exists()
    else:  # a valid file was stored: start the next example from an empty home again
        shutil.rmtree(AppPaths.for_current_user().data_dir)


def test_the_limit_is_named_in_the_help(capsys):
    with pytest.raises(SystemExit):
        cli.main(["screen", "--help"])
    assert "at most 1 MiB" in " ".join(capsys.readouterr().out.split())
