# tools/lib.sh: shared by tools/test.sh and tools/demo.sh. Source it; don't run it.
# shellcheck shell=bash disable=SC2034  # variables set here are read by those scripts
#
# It installs the Debian packages govinfo needs, builds and installs the extension, copies the
# work tree (and ../shared, if present) into a private temp dir and starts a throwaway
# PostgreSQL cluster there, on a Unix socket only. Everything is removed again on exit.
#
# Settings read from the environment:
#   PG_CONFIG         pg_config to build against (default /usr/lib/postgresql/15/bin/pg_config)
#   GOVINFO_KEEP_TMP  set to 1 to keep the temp dir (cluster stopped) for a post-mortem
#
# A caller may set NO_SHARED_NOTE, the line printed when ../shared is absent.
#
# After start_cluster the caller has: REPO, WORK (temp dir), WORK/src (copy of the tree),
# PGBIN, and exported PGHOST/PGPORT/PGUSER; GOVINFO_SHARED is exported when ../shared exists.

# Packages are named for Debian 12; make/gcc/perl are listed because a slim image may lack them.
GOVINFO_PACKAGES=(postgresql-15 postgresql-server-dev-15 postgresql-15-pgtap
                  libtap-parser-sourcehandler-pgtap-perl make gcc perl)

PG_CONFIG="${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}"
# A relative PG_CONFIG means relative to the caller's cwd, which we are about to leave.
case $PG_CONFIG in
    /*) ;;
    */*) PG_CONFIG="$PWD/$PG_CONFIG" ;;
esac

# The repository root is the parent of this file's directory, whatever the caller's cwd.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$REPO" || exit 1

# Nothing here reads standard input; CI runs with none at all, and a closed fd 0 can confuse
# child programs, so give them an empty one.
exec </dev/null

# Messages in English so that the scripts can parse tool output; UTF-8 when available so that
# psql talks UTF-8 to the (UTF8) test databases.
if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then export LC_ALL=C.UTF-8; else export LC_ALL=C; fi
unset LANGUAGE
# A developer's own connection settings must not leak into the throwaway cluster's clients.
unset PGDATABASE PGSERVICE PGOPTIONS PGPASSWORD PGCLUSTER PGHOSTADDR

WORK=""          # temp dir, set by make_workdir
STEP="starting"  # what we are doing, for the message when something fails

step() {
    STEP="$*"
    printf '\n==> %s\n' "$*"
}

die() {
    printf '%s: error: %s\n' "$(basename "$0")" "$*" >&2
    exit 1
}

is_root() { [[ $(id -u) -eq 0 ]]; }

# Run a command with root rights: directly when root, through sudo when there is one; otherwise
# try as we are (e.g. a PostgreSQL installed in a directory the user owns).
as_root() {
    if is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        "$@"
    fi
}

# Run a command in directory $1 as the cluster's OS user: `postgres` when we are root (the
# server refuses to run as root), ourselves otherwise. runuser keeps the environment (PGHOST,
# GOVINFO_* ...), but not the cwd's readability, hence the cd into a directory postgres owns.
# To redirect its output, wrap the call in ( ): `(as_pg_in ...) >log`. A redirection on a
# function call is applied to this very shell while it waits, so an exit trap firing then
# (Ctrl-C) would write its messages into the log instead of the terminal.
as_pg_in() {
    local dir="$1"
    shift
    (
        cd "$dir" || exit 1
        if is_root; then
            runuser -u postgres -- env PATH="$PGBIN:$PATH" "$@"
        else
            env PATH="$PGBIN:$PATH" "$@"
        fi
    )
}

# Install the missing packages; apt-get update runs only when something is missing.
ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "not a Debian system: skipping package installation; ${GOVINFO_PACKAGES[*]} (or equivalents) must be present"
        return
    fi
    local p missing=()
    for p in "${GOVINFO_PACKAGES[@]}"; do
        if [[ $(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) != installed ]]; then
            missing+=("$p")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        echo "all packages present"
        return
    fi
    echo "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build_and_install() {
    # A bare name (PG_CONFIG=pg_config) is looked up in PATH.
    [[ $PG_CONFIG == */* ]] || PG_CONFIG="$(command -v "$PG_CONFIG" || echo "$PG_CONFIG")"
    [[ -x $PG_CONFIG ]] || die "PG_CONFIG=$PG_CONFIG is not an executable pg_config"
    PGBIN="$("$PG_CONFIG" --bindir)"
    make PG_CONFIG="$PG_CONFIG"
    as_root make PG_CONFIG="$PG_CONFIG" install
}

# Copy the work tree (without .git) to WORK/src and ../shared to WORK/shared. The copies let
# the postgres OS user read test data wherever the clone lives (e.g. under /root).
make_workdir() {
    # Under /tmp, not $TMPDIR: postgres must be able to reach it, and a Unix socket path is
    # limited to about 100 bytes.
    WORK="$(mktemp -d /tmp/govinfo.XXXXXX)"
    mkdir "$WORK/src"
    # (the fuzzers' working corpus is left out: a running fuzzer rewrites it)
    tar -C "$REPO" --exclude=./.git --exclude=./test/fuzz/corpus -cf - . | tar -C "$WORK/src" -xf -
    local shared
    shared="$(dirname "$REPO")/shared"
    if [[ -d $shared ]]; then
        cp -R "$shared" "$WORK/shared"
        export GOVINFO_SHARED="$WORK/shared"
        echo "GOVINFO_SHARED=$GOVINFO_SHARED"
    else
        unset GOVINFO_SHARED
        echo "${NO_SHARED_NOTE:-../shared is absent}"
    fi
    # ../shared comes without write bits; the cleanup (and pg_regress's output) need them.
    chmod -R u+rwX "$WORK"
}

# Hand the temp dir to the OS user the cluster will run as.
give_workdir_to_postgres() {
    if is_root; then
        chown -R postgres: "$WORK"
    fi
}

# initdb and start a cluster in WORK/data, listening only on a socket in WORK.
start_cluster() {
    local locale=C.UTF-8
    if ! (as_pg_in "$WORK" initdb -D "$WORK/data" -U postgres -A trust -E UTF8 --locale="$locale") \
            >"$WORK/initdb.log" 2>&1; then
        # Some minimal systems have no C.UTF-8 locale; C with UTF8 encoding works everywhere.
        echo "initdb with --locale=C.UTF-8 failed; retrying with --locale=C"
        rm -rf "$WORK/data"
        locale=C
        (as_pg_in "$WORK" initdb -D "$WORK/data" -U postgres -A trust -E UTF8 --locale="$locale") \
            >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log"; die "initdb failed"; }
    fi

    # The socket lives in our private dir, so a clash is unlikely; still avoid any port whose
    # socket exists in the usual places, so the port shows up as ours when someone looks.
    local _
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        PGPORT=$((54329 + RANDOM % 1000))
        [[ -e /tmp/.s.PGSQL.$PGPORT || -e /var/run/postgresql/.s.PGSQL.$PGPORT ]] || break
    done
    export PGHOST="$WORK" PGPORT PGUSER=postgres

    # fsync=off: the cluster is thrown away, durability would only cost time.
    if ! (as_pg_in "$WORK" pg_ctl -D "$WORK/data" -l "$WORK/server.log" -w \
            -o "-c listen_addresses='' -k $WORK -p $PGPORT -c fsync=off" start) >/dev/null; then
        cat "$WORK/server.log" >&2 || true
        die "could not start the cluster"
    fi
    echo "PostgreSQL $("$PG_CONFIG" --version | awk '{print $2}') running in $WORK (locale $locale, socket port $PGPORT)"
}

# Stop the cluster and remove the temp dir; safe to call more than once, prints nothing unless
# the temp dir is kept.
cleanup() {
    set +e
    if [[ -n $WORK && -d $WORK ]]; then
        if [[ -f $WORK/data/postmaster.pid ]]; then
            as_pg_in "$WORK" pg_ctl -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 ||
                as_pg_in "$WORK" pg_ctl -D "$WORK/data" -m immediate -w stop >/dev/null 2>&1
        fi
        if [[ ${GOVINFO_KEEP_TMP:-} == 1 ]]; then
            echo "kept $WORK (GOVINFO_KEEP_TMP=1)"
        else
            rm -rf "$WORK"
        fi
    fi
    WORK=""
}

# On any exit (normal, error under set -e, Ctrl-C, kill): clean up, then let the caller print
# its last words through an optional `on_exit_hook RC` function.
_lib_on_exit() {
    local rc=$?
    trap - EXIT INT TERM
    cleanup
    if declare -F on_exit_hook >/dev/null; then
        local hook_rc=0
        on_exit_hook "$rc" || hook_rc=$?
        rc=$hook_rc
    fi
    exit "$rc"
}
trap _lib_on_exit EXIT
# Turn signals into an ordinary exit so that the EXIT trap runs.
trap 'exit 130' INT
trap 'exit 143' TERM
