#!/usr/bin/env bash
# Alembic on bench/scale.sh's workload (issue 14): the same generated model of N entities, as the
# SQLAlchemy declarative model bench/scale/ModelGenerator.java writes beside the JPA one, taken
# through the same steps under the same names, each as a fresh `python3 -m alembic` process, as a
# user runs them: current, revision --autogenerate (empty database), upgrade head, current again,
# revision --autogenerate with no change, the same of the "changed" model, its upgrade, downgrade
# -1, downgrade base. Alembic's environment is the usual one: env.py imports the model (in every
# command) and compares with compare_type=True; logging as `alembic init` sets it up (alembic at
# INFO on stderr). On MariaDB only, env.py leaves out the drop_index Alembic writes before dropping
# a table when a foreign key of that table needs the index (MariaDB refuses it, error 1553, so the
# changed model's upgrade and the initial downgrade would stop at the first), as a user edits them
# out; the table notes how many.
# Prints the median wall time and the largest peak RSS of each step over RUNS runs, each on a fresh
# database, revision folder and bytecode cache; -o FILE also writes them as "step median-seconds
# peak-KiB [note]" lines, for bench/versus.sh. The op calls counted are the revisions' upgrade()
# lines (Alembic writes a table's foreign keys and unique inside its create_table: fewer than
# Retort's operations for the same changes).
# What each step found is checked and, unlike scale.sh, reported in the table rather than stopping
# the run (these are Alembic's results, not Retort's to test): the no-change revision must upgrade
# with `pass` alone (it is then deleted, so the history stays as Retort's), the changed model's
# revision must touch exactly the tables of OUT/changed-tables.txt.
# Usage: bench/alembic.sh [-n N] [-d postgresql|mariadb] [-r RUNS] [-o FILE]   (defaults: 1000, postgresql, 3)
# Needs Debian's Alembic 1.8.1 and SQLAlchemy 1.4 in /usr/bin/python3 (not a pyenv python3 first on
# PATH), the local servers of docs/testing.md and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/table.sh
size=1000 database=postgresql runs=3 output=
while getopts "n:d:r:o:" option; do
  case $option in
    n) size=$OPTARG ;;
    d) database=$OPTARG ;;
    r) runs=$OPTARG ;;
    o) output=$OPTARG ;;
    *) echo "usage: $0 [-n N] [-d postgresql|mariadb] [-r RUNS] [-o FILE]" >&2; exit 2 ;;
  esac
done
case $database in
  postgresql) driver=psycopg2 url=postgresql+psycopg2://postgres@127.0.0.1:5432 ;;
  mariadb) driver=pymysql url=mysql+pymysql://root@127.0.0.1:3306 ;;
  *) echo "$0: -d postgresql or mariadb" >&2; exit 2 ;;
esac

# Only says what to install: installing system packages needs root and the machine owner's say,
# and a benchmark that changes the machine it measures is not one to run unattended.
python=/usr/bin/python3
"$python" -c "import alembic, $driver" 2> /dev/null || {
  echo "$0: $python cannot import alembic or $driver; run: apt-get install -y python3-alembic python3-sqlalchemy python3-psycopg2 python3-pymysql" >&2
  exit 1
}
versions=$("$python" -c 'import alembic, sqlalchemy, platform; print(f"Alembic {alembic.__version__}, SQLAlchemy {sqlalchemy.__version__}, Python {platform.python_version()}")')

work=$(mktemp -d "${TMPDIR:-/tmp}/retort-alembic.XXXXXX")
trap 'drop_database; rm -rf "$work"' EXIT
name=retort_alembic_$$

java bench/scale/ModelGenerator.java "$size" base "$work/base" "$database" # the ids as that database's users write them
java bench/scale/ModelGenerator.java "$size" changed "$work/changed" "$database"

create_database() {
  case $database in
    postgresql) psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $name" ;;
    mariadb) mariadb -h 127.0.0.1 -u root -e "create database $name" ;;
  esac
}
drop_database() {
  case $database in
    postgresql) psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $name" 2>/dev/null || true ;;
    mariadb) mariadb -h 127.0.0.1 -u root -e "drop database if exists $name" 2>/dev/null || true ;;
  esac
}
environment() { # env.py and the revision template; what `alembic init` would write, cut to what runs here
  mkdir -p "$work/project/env/versions"
  cat > "$work/project/env/env.py" <<'EOF'
"""bench/alembic.sh's Alembic environment: online only, the model of the folder model_dir names."""
import logging
import logging.config
import sys

from alembic import context
from alembic.operations.ops import DropIndexOp, DropTableOp, ModifyTableOps
from sqlalchemy import create_engine

config = context.config
logging.config.fileConfig(config.config_file_name)
sys.path.insert(0, config.get_main_option("model_dir"))
import bench_model  # noqa: E402  (found through model_dir)


def without_indexes_keys_need(migration_context, revision, scripts):
    """Leaves out the drop_index Alembic writes before a drop_table when the table's foreign key needs that index.

    MariaDB refuses to drop such an index (error 1553) and drops it with the table, so a MariaDB user
    edits these out of the revision by hand."""
    left_out = 0
    for script in scripts:
        for ops in script.upgrade_ops_list + script.downgrade_ops_list:
            keys = {op.table_name: [tuple(key.column_keys) for key in op.to_table().foreign_key_constraints]
                    for op in ops.ops if isinstance(op, DropTableOp)}
            for op in ops.ops:
                if isinstance(op, ModifyTableOps) and op.table_name in keys:
                    kept = [each for each in op.ops
                            if not (isinstance(each, DropIndexOp) and needed(each, keys[op.table_name]))]
                    left_out += len(op.ops) - len(kept)
                    op.ops = kept
            ops.ops = [op for op in ops.ops if not (isinstance(op, ModifyTableOps) and op.is_empty())]
    logging.getLogger("alembic.env").info("left out %d drop_index of dropped tables", left_out)


def needed(drop_index, keys):
    """Whether a foreign key of these columns needs the index: its columns lead the index's."""
    columns = tuple(column.name for column in drop_index.to_index().columns)
    return any(columns[:len(key)] == key for key in keys)


with create_engine(config.get_main_option("sqlalchemy.url")).connect() as connection:
    mariadb = connection.dialect.name == "mysql"
    context.configure(connection=connection, target_metadata=bench_model.Base.metadata, compare_type=True,
                      process_revision_directives=without_indexes_keys_need if mariadb else None)
    with context.begin_transaction():
        context.run_migrations()
EOF
  cat > "$work/project/env/script.py.mako" <<'EOF'
"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
EOF
}
configure() { # model: base or changed
  cat > "$work/project/alembic.ini" <<EOF
[alembic]
script_location = $work/project/env
sqlalchemy.url = $url/$name
model_dir = $work/$1/python

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
EOF
}

steps=(current autogen-initial upgrade-initial current-applied autogen-no-change autogen-changed upgrade-changed downgrade-1 downgrade-base)
declare -A times memory failed
step() { # name, expected exit code (or any), alembic arguments...
  local step=$1 expected=$2; shift 2
  local status=0
  /usr/bin/time -o "$work/time" -f "%e %M" "$python" -m alembic -c "$work/project/alembic.ini" "$@" > "$work/out" 2> "$work/err" || status=$?
  [ "$status" = 0 ] || note "$step" "exit $status: $(grep -E '^(FAILED: |[A-Za-z_.]+(Error|Exception): )' "$work/err" | tail -n 1 | cut -c 1-160)"
  if [ "$expected" != any ] && [ "$status" != "$expected" ]; then
    echo "$step: exit $status (expected $expected)" >&2; tail -n 20 "$work/err" >&2; echo "${failed[$step]}" >&2; report; exit 1
  fi
  read -r seconds kib < <(tail -n 1 "$work/time") # after "Command exited with non-zero status N", when it did
  times[$step]+="$seconds "
  memory[$step]=$(( ${memory[$step]:-0} > kib ? ${memory[$step]:-0} : kib ))
}
note() { # step, what it found that it should not have (once per step, whatever the run)
  [[ "${failed[$1]:-}" == *"$2"* ]] || failed[$1]+="${failed[$1]:+; }$2"
}
report() { # the table of what ran so far
  echo "$versions, $size entities on $database (${operations:-?} op calls initially, ${changes:-?} for $(wc -l < "$work/changed/changed-tables.txt") edits), $runs runs, $(nproc) cores:"
  table
}
left_out() { # step: the drop_index env.py left out of its revision, on MariaDB
  local count
  count=$(grep -oP 'left out \K[0-9]+(?= drop_index)' "$work/err" || true)
  [ "${count:-0}" = 0 ] || note "$1" "left out $count drop_index a dropped table's foreign key needs (MariaDB refuses them, error 1553)"
}
generated() { # the revision file the last autogenerate wrote
  sed -n 's/^ *Generating \(.*\.py\) \.\.\. *done$/\1/p' "$work/out"
}
upgrade_body() { # revision file: its upgrade()'s lines, without comments and blank lines
  awk '/^def upgrade\(/ { on = 1; next } /^def / { on = 0 } on && !/^ *(#|$)/' "$1"
}

for run in $(seq "$runs"); do
  rm -rf "$work/project" "$work"/{base,changed}/python/__pycache__; environment
  drop_database; create_database; configure base
  step current 0 current
  [ ! -s "$work/out" ] || { echo "current: expected no revision, got: $(cat "$work/out")" >&2; exit 1; }
  step autogen-initial 0 revision --autogenerate -m initial
  left_out autogen-initial
  operations=$(upgrade_body "$(generated)" | grep -c '^    op\.' || true)
  step upgrade-initial 0 upgrade head
  step current-applied 0 current
  grep -q '(head)' "$work/out" || { echo "current after the upgrade: expected the head, got: $(cat "$work/out")" >&2; exit 1; }
  step autogen-no-change 0 revision --autogenerate -m nothing
  revision=$(generated)
  if [ "$(upgrade_body "$revision")" != "    pass" ]; then # Alembic always writes a revision; it should do nothing
    note autogen-no-change "found $(upgrade_body "$revision" | grep -c '^    op\.') operations: $(upgrade_body "$revision" | grep -o '^    op\.[a-z_]*' | sort | uniq -c | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, substr($2, 4) }')"
    echo "autogen-no-change, run $run, found changes in a model that did not change:" >&2; upgrade_body "$revision" | sed -n 1,20p >&2
  fi
  rm "$revision"
  configure changed
  step autogen-changed 0 revision --autogenerate -m changed
  left_out autogen-changed
  revision=$(generated)
  found=$(upgrade_body "$revision" | { grep -oP '\bt\d{4}\b' || true; } | sort -u)
  if [ "$found" != "$(cat "$work/changed/changed-tables.txt")" ]; then
    extra=$(comm -23 <(echo "$found") "$work/changed/changed-tables.txt") missed=$(comm -13 <(echo "$found") "$work/changed/changed-tables.txt")
    [ -z "$extra" ] || note autogen-changed "touched $(wc -l <<< "$extra") tables it did not edit ($(head -n 3 <<< "$extra" | paste -sd ' ')...)"
    [ -z "$missed" ] || note autogen-changed "missed $(wc -l <<< "$missed") edited tables ($(head -n 3 <<< "$missed" | paste -sd ' ')...)"
    echo "autogen-changed, run $run, touched other tables than its edits (<: found only, >: edited only):" >&2
    diff <(echo "$found") "$work/changed/changed-tables.txt" >&2 || true
  fi
  changes=$(upgrade_body "$revision" | grep -c '^    op\.' || true)
  step upgrade-changed 0 upgrade head
  step downgrade-1 0 downgrade -1
  step downgrade-base any downgrade base # PostgreSQL's default lock table is too small for 1,000 tables in one transaction
done

report
