#!/bin/sh
# Run every fuzzing target for SECONDS each (default 600), two at a time,
# from fuzz/work (kept out of git): corpora in work/corpus_*, logs in
# work/logs, inputs that fail in work/crash-* (libFuzzer's artifacts).
#
#   sh fuzz/run_all.sh          # 5 targets x 10 minutes, about 30 minutes on 2 cores
#   sh fuzz/run_all.sh 60       # a quick pass
set -eu
SECONDS_EACH=${1:-600}
cd "$(dirname "$0")"
mkdir -p work/logs
cd work
run() {
    target=$1; shift
    mkdir -p "corpus_$target"
    python3 "../fuzz_$target.py" "$@" -max_len=8192 -max_total_time="$SECONDS_EACH" -timeout=20 \
        -rss_limit_mb=3000 -print_final_stats=1 "corpus_$target" > "logs/$target.log" 2>&1 || true
    grep -E "^Done|Uncaught|^stat::number_of_executed_units" "logs/$target.log" | sed "s/^/$target: /"
}
run decode & run html -dict=../html.dict & wait
run mhtml & run strip -dict=../html.dict & wait
run opencc
run typeset
run markup -dict=../html.dict
run mojibake & wait
