#!/usr/bin/env bash
# tools/test.sh: THE test command. Run it from anywhere as `bash tools/test.sh`.
#
# Installs what is missing (Debian 12), builds and installs govinfo, starts a throwaway
# PostgreSQL cluster in a private temp dir, runs the pg_regress tests (`make installcheck`) and
# the pgTAP tests (test/pgtap/*.sql with pg_prove), removes the cluster, and ends with one line:
#
#     govinfo: N passed, M failed
#
# N and M count pg_regress tests plus pgTAP assertions. Exits non-zero when anything failed or
# when nothing ran. The tests can read, from the environment:
#   GOVINFO_SHARED     copy of ../shared (real report in fixtures/); unset when ../shared is absent
#   GOVINFO_GENERATED  synthetic reports written by test/generate.pl; unset when it doesn't exist
# See tools/lib.sh for PG_CONFIG and GOVINFO_KEEP_TMP.
set -euo pipefail

# shellcheck source=tools/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TAP_DB=govinfo_tap
NO_SHARED_NOTE="../shared is absent, so the tests on the real report will be skipped"

REGRESS_PASSED=0 REGRESS_FAILED=0
TAP_PASSED=0 TAP_FAILED=0
FINISHED=0  # set once every step has run; otherwise the exit trap reports an aborted run

# Write synthetic reports into the copied tree, if the generator exists yet.
generate_data() {
    if [[ -f $WORK/src/test/generate.pl ]]; then
        local out="$WORK/src/test/data/generated"
        (cd "$WORK/src" && perl test/generate.pl --out "$out" --corpus > /dev/null)
        export GOVINFO_GENERATED="$out"
        echo "GOVINFO_GENERATED=$GOVINFO_GENERATED"
    else
        unset GOVINFO_GENERATED
        echo "test/generate.pl is absent: no synthetic reports"
    fi
}

# pg_regress ends with one of (PG 15):
#   " All N tests passed. "
#   " P of N tests passed, I failed test(s) ignored. "
#   " F of N tests failed. "
#   " F of N tests failed, I of these failures ignored. "
# Ignored failures are counted as failures here: a failing test is a failing test.
run_pg_regress() {
    local log="$WORK/pg_regress.log" rc=0 total=0 failed=0
    as_pg_in "$WORK/src" make PG_CONFIG="$PG_CONFIG" installcheck 2>&1 | tee "$log" || rc=$?

    # Sum the verdicts, in case the Makefile runs pg_regress more than once.
    local line verdicts=0
    while IFS= read -r line; do
        verdicts=$((verdicts + 1))
        if [[ $line =~ All\ ([0-9]+)\ test ]]; then
            total=$((total + BASH_REMATCH[1]))
        elif [[ $line =~ ([0-9]+)\ of\ ([0-9]+)\ tests?\ passed ]]; then
            total=$((total + BASH_REMATCH[2])) failed=$((failed + BASH_REMATCH[2] - BASH_REMATCH[1]))
        elif [[ $line =~ ([0-9]+)\ of\ ([0-9]+)\ tests?\ failed ]]; then
            total=$((total + BASH_REMATCH[2])) failed=$((failed + BASH_REMATCH[1]))
        fi
    done < <(grep -E '^ *(All [0-9]+ tests? passed|[0-9]+ of [0-9]+ tests? (passed|failed))' "$log" || true)
    # No verdict (pg_regress stopped midway): count the per-test lines "name ... ok|FAILED".
    if [[ $verdicts -eq 0 ]]; then
        local ok bad
        ok=$(grep -cE '\.\.\. +ok( |$)' "$log" || true)
        bad=$(grep -cE '\.\.\. +(FAILED|failed)' "$log" || true)
        total=$((ok + bad)) failed=$bad
    fi
    # make or pg_regress failed without a verdict (build error, no server, ...): one failure.
    if [[ $rc -ne 0 && $failed -eq 0 ]]; then
        echo "make installcheck exited with status $rc"
        failed=$((failed + 1)) total=$((total + 1))
    fi
    REGRESS_FAILED=$failed REGRESS_PASSED=$((total - failed))

    if [[ $failed -ne 0 ]]; then
        local f
        for f in regression.diffs regression.out; do
            if [[ -f $WORK/src/$f ]]; then
                printf '\n==> %s\n' "$f"
                cat "$WORK/src/$f"
            fi
        done
    elif [[ $total -eq 0 ]]; then
        echo "pg_regress ran no tests (REGRESS is empty?)"
    fi
}

# Count pgTAP assertions from pg_prove's (TAP::Harness's) summary:
#   Files=F, Tests=T, ...                       T assertions ran
#   <file> (Wstat: W [(exited N)] Tests: T Failed: F)  one entry per troubled file, then lines like
#     Parse errors: Bad plan.  You planned P tests but ran R.
#     Non-zero exit status: N
# A troubled file's failures are F plus the planned assertions that never ran; a file that
# died without any of those (no plan, psql error before the first test) counts as one failure.
# Files listed only for "TODO passed" are not failures.
count_pgtap() {
    awk '
        function flush() {
            if (!infile) return
            bad = failed + missing
            if (bad == 0 && broken) bad = 1
            nfailed += bad
            infile = 0
        }
        /\(Wstat: .*Tests: [0-9]+ Failed: [0-9]+\)/ {
            flush()
            infile = 1; broken = 0; missing = 0
            match($0, /Failed: [0-9]+\)/); failed = substr($0, RSTART + 8, RLENGTH - 9) + 0
            nfailed_run += failed
            next
        }
        infile && /planned [0-9]+ tests? but ran [0-9]+/ {
            match($0, /planned [0-9]+/); planned = substr($0, RSTART + 8, RLENGTH - 8) + 0
            match($0, /ran [0-9]+/); ran = substr($0, RSTART + 4, RLENGTH - 4) + 0
            if (planned > ran) missing += planned - ran
            broken = 1; next
        }
        infile && /(Parse errors|Non-zero exit status|Non-zero wait status|No subtests run)/ { broken = 1; next }
        infile && /^[^ \t]/ { flush() }
        /^Files=[0-9]+, Tests=[0-9]+/ {
            flush()
            match($0, /Tests=[0-9]+/); ran_total = substr($0, RSTART + 6, RLENGTH - 6) + 0
            seen = 1
        }
        END {
            flush()
            # assertions that ran and passed, failures (incl. never-run planned ones), summary seen
            print ran_total - nfailed_run, nfailed + 0, seen + 0
        }' "$1"
}

run_pgtap() {
    local files=()
    shopt -s nullglob
    files=("$WORK"/src/test/pgtap/*.sql)
    shopt -u nullglob
    if [[ ${#files[@]} -eq 0 ]]; then
        echo "no pgTAP tests in test/pgtap/"
        return
    fi
    files=("${files[@]#"$WORK/src/"}")  # relative names read better in the output

    # One database for all files, with pgTAP installed: the files may assume it, or say
    # CREATE EXTENSION IF NOT EXISTS pgtap. Each file installs govinfo itself.
    (as_pg_in "$WORK" psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $TAP_DB") >/dev/null
    (as_pg_in "$WORK" psql -X -q -v ON_ERROR_STOP=1 -d "$TAP_DB" -c "CREATE EXTENSION pgtap") >/dev/null

    local log="$WORK/pg_prove.log" rc=0
    as_pg_in "$WORK/src" pg_prove --psql-bin "$PGBIN/psql" -d "$TAP_DB" --ext .sql \
        --failures --comments "${files[@]}" 2>&1 | tee "$log" || rc=$?

    local passed failed seen
    read -r passed failed seen < <(count_pgtap "$log")
    # pg_prove failed but its summary shows no failure (or there is no summary): one failure.
    if [[ $rc -ne 0 && $failed -eq 0 ]]; then
        echo "pg_prove exited with status $rc"
        failed=1
    fi
    if [[ $seen -eq 0 && $failed -eq 0 ]]; then
        echo "pg_prove printed no summary"
        failed=1
    fi
    TAP_PASSED=$passed TAP_FAILED=$failed
}

# Runs from the EXIT trap after the cluster is gone, so the summary really is the last line.
on_exit_hook() {
    local rc=$1
    if [[ $FINISHED -ne 1 ]]; then
        printf '\ntest.sh: stopped while %s (exit status %s)\n' "$STEP" "$rc"
    fi
    local passed=$((REGRESS_PASSED + TAP_PASSED))
    local failed=$((REGRESS_FAILED + TAP_FAILED))
    [[ $FINISHED -eq 1 ]] || failed=$((failed + 1))

    [[ $((passed + failed)) -gt 0 ]] || printf '\ntest.sh: no test ran\n'

    echo
    echo "pg_regress: $REGRESS_PASSED of $((REGRESS_PASSED + REGRESS_FAILED)) passed"
    echo "pgTAP: $TAP_PASSED of $((TAP_PASSED + TAP_FAILED)) assertions passed"
    echo "govinfo: $passed passed, $failed failed"

    if [[ $FINISHED -ne 1 ]]; then
        [[ $rc -ne 0 ]] && return "$rc"
        return 1
    fi
    [[ $failed -eq 0 && $passed -gt 0 ]]
}

main() {
    step "checking packages"
    ensure_packages
    step "building and installing govinfo"
    build_and_install
    step "preparing the temp dir"
    make_workdir
    generate_data
    give_workdir_to_postgres
    step "starting a throwaway cluster"
    start_cluster
    step "running pg_regress (make installcheck)"
    run_pg_regress
    step "running pgTAP (pg_prove test/pgtap/*.sql)"
    run_pgtap
    FINISHED=1
}

main "$@"
