#!/usr/bin/env bash
# Fails if regenerating schema.graphql, the web codegen output or migrations would change anything.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent schema:generate
npm run --silent codegen
npm run --silent migration:check
if ! git diff --exit-code -- schema.graphql apps/web/src/gql; then
  echo "Generated files are out of date: run npm run schema:generate && npm run codegen and commit the result." >&2
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- apps/web/src/gql)
if [ -n "$untracked" ]; then
  echo "Untracked generated files: $untracked" >&2
  exit 1
fi
echo "generated files in sync"
