#!/usr/bin/env bash
# Mutation testing (cargo-mutants) over the interval, survey and claims
# layers: each file mutated in turn and run against the tests that cover
# it. Run by hand, not in CI: it takes minutes a file. A survivor (a mutant
# no test catches) is a test to write, or, when the mutant cannot change
# what the code computes, an entry of EQUIVALENT below with why.
#
#   scripts/mutants.sh                      # every file of the three layers
#   scripts/mutants.sh src/claims/accepted.rs [...]
#   scripts/mutants.sh --list [FILE...]     # the mutants, without running them
#
# Needs cargo-mutants (cargo install cargo-mutants --locked). Results are in
# mutants.out/ (outcomes.json, missed.txt, caught.txt); the script exits
# non-zero when a mutant outside EQUIVALENT survives.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-mutants > /dev/null; then
  echo "cargo-mutants is not installed: cargo install cargo-mutants --locked" >&2
  exit 2
fi

# Mutants that cannot change what the code computes, by the name
# cargo-mutants gives them (a regular expression each), with why.
EQUIVALENT=(
  # reciprocal's guard: its one caller (the grammar's reading of a
  # reduction, 'more than halved') gives it a lower end 1/hi with hi
  # finite and positive, so lower > 0 and lower >= 0 cannot differ.
  'src/claims/accepted\.rs:.*replace > with >= in AcceptedInterval::reciprocal'
  # short() tests the sign of an infinite number only: +inf and -inf are
  # never 0, so x > 0 and x >= 0 cannot differ there.
  'src/claims/accepted\.rs:.*replace > with >= in short'
  # src/survey/variance.rs: issue 20's run left 4 of 76 mutants alive, each
  # equivalent (e.g. negating every PSU total: the squared deviations about
  # the stratum mean are the same for z and -z). Name them here, by the
  # names a run prints, when the survey layer's owner next runs this.
)

# The features each layer's code needs compiled (the interval layer's
# par_ batches are behind `parallel`; untested code left out of the build
# would survive every mutant).
features_for() {
  case "$1" in
    src/interval/*) echo "--features parallel" ;;
    *) echo "" ;;
  esac
}

# The tests that cover each layer (arguments of cargo test).
tests_for() {
  case "$1" in
    src/interval/*)
      echo "--lib --test interval_properties --test interval_reference --test interval_crosscheck --test statrs_accuracy --test trend_reference" ;;
    src/survey/*)
      echo "--lib --test survey_reference --test survey_na_reference" ;;
    src/claims/*)
      echo "--lib --test claims --test claims_corpus --test claims_properties --test accepted_interval --test ledger" ;;
    *)
      echo "unknown layer for $1" >&2; exit 2 ;;
  esac
}

list=false
if [[ "${1:-}" == "--list" ]]; then
  list=true
  shift
fi
files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then
  mapfile -t files < <(ls src/interval/*.rs src/survey/*.rs src/claims/*.rs | grep -v '/mod\.rs$' | grep -v '/frame\.rs$' | grep -v '/display\.rs$')
fi
exclude=$(IFS='|'; echo "${EQUIVALENT[*]}")

survivors=0
for f in "${files[@]}"; do
  echo "== $f"
  if $list; then
    cargo mutants --list --file "$f"
    continue
  fi
  out="target/mutants/$(basename "$f" .rs)"
  mkdir -p "$out"
  # cargo-mutants exits 2 when a mutant survives and 3 when one made the
  # tests run past the timeout (detected: they did not pass; e.g. q = 1 / p
  # in ProportionData::prepare sends the Beta quantile search past it). 3
  # takes precedence over 2, so the survivors are read from missed.txt.
  # Any other non-zero exit is a failure of the run itself (a red baseline).
  status=0
  # shellcheck disable=SC2046
  cargo mutants --file "$f" --exclude-re "$exclude" $(features_for "$f") \
      --timeout-multiplier 3 --output "$out" \
      -- $(tests_for "$f") || status=$?
  case $status in
    0|2|3) ;;
    *)
      echo "cargo mutants failed on $f (exit $status): see $out/mutants.out/" >&2
      exit "$status" ;;
  esac
  if [[ -s "$out/mutants.out/missed.txt" ]]; then
    survivors=$((survivors + 1))
    echo "-- survivors in $f: $out/mutants.out/missed.txt"
  fi
  if [[ -s "$out/mutants.out/timeout.txt" ]]; then
    echo "-- timed out in $f (detected): $out/mutants.out/timeout.txt"
  fi
done
if [[ $survivors -gt 0 ]]; then
  echo "$survivors file(s) with survivors: kill each with a test, or name it in EQUIVALENT with why" >&2
  exit 1
fi
