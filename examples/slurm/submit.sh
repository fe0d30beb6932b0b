#!/usr/bin/env bash
# Submits the extraction of a collection as a Slurm job array of TASKS tasks, then its merge, which starts only
# once every task has finished well (--dependency=afterok). The result: OUT_DIR/events.FORMAT.
#   submit.sh OUT_DIR INPUT...
# Environment: TASKS (tasks in the array, default 16), CPUS (CPUs, so worker threads, per task; default 2),
# FORMAT (csv, the default; jsonl, json, ics), WAIT=1 to return only once the merge has finished (with its status).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd)
shift
# The tasks run in OUT_DIR: give them the inputs' absolute paths.
inputs=()
for input in "$@"; do inputs+=("$(realpath -- "$input")"); done
tasks=${TASKS:-16}
array=$(sbatch --parsable --array="0-$((tasks - 1))" --export="ALL,SHARDS=$tasks" --cpus-per-task="${CPUS:-2}" --chdir="$out" \
  "$here/extract-array.sbatch" "$out" "${inputs[@]}")
array=${array%%;*}
wait=()
[ "${WAIT:-0}" = 1 ] && wait=(--wait)
echo "extract: job array $array ($tasks tasks); logs in $out"
status=0
merge=$(sbatch --parsable "${wait[@]}" --dependency="afterok:$array" --kill-on-invalid-dep=yes --chdir="$out" \
  "$here/merge.sbatch" "$out" "${FORMAT:-csv}") || status=$?
echo "merge: job ${merge%%;*}, after the whole array; the result: $out/events.${FORMAT:-csv}"
[ "$status" -eq 0 ] || echo "merge: finished with status $status; see $out/event-lens-merge-${merge%%;*}.log" >&2
exit "$status"
