#!/usr/bin/env bash
# tools/demo.sh: the main job. Run it from anywhere as `bash tools/demo.sh`.
#
# Installs what is missing (Debian 12), builds and installs govinfo, starts a throwaway
# PostgreSQL cluster in a private temp dir, and runs tools/demo.sql with psql:
#
#     psql -X -v ON_ERROR_STOP=1 -v examples=<dir> -v shared=<dir or empty> -f tools/demo.sql
#
#   examples  absolute path of the copied test/data/examples
#   shared    absolute path of the copied ../shared, or '' when ../shared is absent
#
# The copies belong to the server's OS user, so pg_read_file()/pg_ls_dir() can read them.
# The cluster and the copies are removed on exit. See tools/lib.sh for PG_CONFIG and
# GOVINFO_KEEP_TMP.
set -euo pipefail

# shellcheck source=tools/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DEMO_DB=govinfo_demo
NO_SHARED_NOTE="../shared is absent, so the demo will leave out the real report"

on_exit_hook() {
    [[ $1 -eq 0 ]] || printf '\ndemo.sh: stopped while %s (exit status %s)\n' "$STEP" "$1" >&2
    return "$1"
}

main() {
    step "checking packages"
    ensure_packages
    step "building and installing govinfo"
    build_and_install
    step "preparing the temp dir"
    make_workdir
    give_workdir_to_postgres
    step "starting a throwaway cluster"
    start_cluster

    local examples="$WORK/src/test/data/examples"
    [[ -d $examples ]] || echo "warning: test/data/examples is absent"
    (as_pg_in "$WORK" psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $DEMO_DB") >/dev/null

    step "running tools/demo.sql"
    as_pg_in "$WORK/src" psql -X -v ON_ERROR_STOP=1 -d "$DEMO_DB" \
        -v examples="$examples" -v shared="${GOVINFO_SHARED:-}" -f tools/demo.sql
}

main "$@"
