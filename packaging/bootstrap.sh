#!/bin/sh
# Prepare a machine to run or test Desk Coach from a checkout:
#   packaging/bootstrap.sh run|test
# As root on Debian/Ubuntu it installs the missing system packages listed beside this file
# (never as a normal user: then it names what is missing). Then it creates .venv and installs
# Desk Coach into it (editable, with the test tools for "test"), once per change of pyproject.toml.
set -eu
purpose=${1:?usage: packaging/bootstrap.sh run|test}
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
venv=${DESK_COACH_VENV:-$top/.venv}

lists="$here/debian-runtime.txt"
[ "$purpose" = test ] && lists="$lists $here/debian-test.txt"

missing_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    # One package a line; blank lines and # comments are skipped (POSIX classes, not \s).
    # shellcheck disable=SC2013,SC2086 # $lists is a list of files; package names have no spaces
    for pkg in $(grep -hvE '^[[:space:]]*(#|$)' $lists); do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        case $status in *"install ok installed"*) ;; *) printf '%s ' "$pkg" ;; esac
    done
}

if command -v apt-get >/dev/null 2>&1; then
    missing=$(missing_packages)
    if [ -n "$missing" ]; then
        if [ "$(id -u)" = 0 ]; then
            echo "bootstrap: installing system packages: $missing"
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq
            # shellcheck disable=SC2086
            apt-get install -y -qq --no-install-recommends $missing >/dev/null
        else
            echo "bootstrap: these system packages are missing; install them with" >&2
            echo "  sudo apt-get install --no-install-recommends $missing" >&2
            exit 1
        fi
    fi
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "bootstrap: Desk Coach needs Python 3.11 or newer as '$python' (set PYTHON=...)" >&2
    exit 1
fi

extras=""
[ "$purpose" = test ] && extras="[dev]"
stamp="$venv/.desk-coach-$purpose"

# Is the install recorded by stamp file $1 newer than pyproject.toml? (find -newer is POSIX,
# test -nt is not.)
up_to_date() {
    [ -f "$1" ] && [ -z "$(find "$top/pyproject.toml" -newer "$1")" ]
}

# A venv whose creation was interrupted has a python but no pip: make it again (--clear).
if ! "$venv/bin/python" -m pip --version >/dev/null 2>&1; then
    echo "bootstrap: creating $venv"
    "$python" -m venv --clear "$venv"
fi
current=no
up_to_date "$stamp" && current=yes
# The "test" install is a superset of the "run" one, so its stamp will do for "run" too.
[ "$purpose" = run ] && up_to_date "$venv/.desk-coach-test" && current=yes
if [ "$current" = no ]; then
    echo "bootstrap: installing Python packages into $venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -e "$top$extras"
    touch "$stamp"
fi
# The install compiles the translation catalogues (setup.py); a catalogue edited since then is
# compiled again here, so the checkout always runs with the texts it holds.
for ts in "$top"/resources/i18n/*.ts; do
    [ -e "$ts" ] || continue
    if [ ! -f "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
        "$venv/bin/python" "$top/packaging/catalogues.py" compile >/dev/null
        break
    fi
done
