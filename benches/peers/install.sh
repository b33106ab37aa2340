#!/usr/bin/env bash
# Installs the peers of the harness; each step is skipped when already done.
#   - Python: a virtual environment at $PEERS_DIR/venv with requirements.txt (pinned).
#   - R: r-base-core, r-cran-survey and r-cran-data.table from Debian (apt-get);
#     GNU time and hyperfine (for `njov reproduce`) likewise.
#   - /usr/bin/time (GNU time, for peak memory) from Debian.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PEERS_DIR="${PEERS_DIR:-/work/peerdata}"
mkdir -p "$PEERS_DIR"

need_apt=()
command -v Rscript >/dev/null 2>&1 || need_apt+=(r-base-core)
[ -x /usr/bin/time ] || need_apt+=(time)
command -v hyperfine >/dev/null 2>&1 || need_apt+=(hyperfine)
if command -v Rscript >/dev/null 2>&1; then
  Rscript -e 'quit(status = !requireNamespace("survey", quietly = TRUE))' >/dev/null 2>&1 \
    || need_apt+=(r-cran-survey)
  Rscript -e 'quit(status = !requireNamespace("data.table", quietly = TRUE))' >/dev/null 2>&1 \
    || need_apt+=(r-cran-data.table)
else
  need_apt+=(r-cran-survey r-cran-data.table)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "peers: apt-get install ${need_apt[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

venv="$PEERS_DIR/venv"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "peers: pip install -r requirements.txt into $venv" >&2
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
  echo "$want" >"$stamp"
fi
