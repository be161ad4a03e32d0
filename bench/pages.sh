#!/usr/bin/env bash
# Page types cold and warm under gunicorn with production settings; see bench/pages.py.
#   bench/pages.sh [--seconds 10] [--connections 8] [--rounds 3] [--scale]
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python bench/pages.py "$@"
