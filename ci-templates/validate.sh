#!/usr/bin/env bash
# ci-templates/validate.sh — validates the recipes with the tools their ecosystems publish, installed from npm into
# a temporary directory (nothing is kept): each manifest of kubernetes/ against the Kubernetes API's JSON schemas
# (kubernetes-models 5.1.0: types, enums, required fields; it does not refuse unknown fields), the GitHub workflow
# with action-validator 0.6.0 (SchemaStore's workflow schema, unknown keys refused), the GitLab pipeline with
# gitlab-ci-local 4.60.0 (GitLab's CI schema, and the jobs it expands from parallel:). Needs node and npm.
# kubectl --dry-run=client cannot be used without a cluster (it downloads the API's OpenAPI document first), and
# kind needs images from a registry: neither is run here.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
(cd "$tools" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  kubernetes-models@5.1.0 js-yaml@4 @action-validator/cli@0.6.0 gitlab-ci-local@4.60.0 >/dev/null 2>&1)

cat > "$tools/validate-k8s.mjs" <<'JS'
import fs from 'fs';
import * as yaml from 'js-yaml';
const kinds = {
  'v1/PersistentVolumeClaim': async () => (await import('kubernetes-models/v1/PersistentVolumeClaim')).PersistentVolumeClaim,
  'batch/v1/Job': async () => (await import('kubernetes-models/batch/v1/Job')).Job,
};
let failed = 0;
for (const doc of yaml.loadAll(fs.readFileSync(process.argv[2], 'utf8'))) {
  const key = `${doc.apiVersion}/${doc.kind}`;
  if (!kinds[key]) { console.log(`${key} ${doc.metadata.name}: no schema known here`); failed++; continue; }
  try { const Kind = await kinds[key](); new Kind(doc).validate(); console.log(`kubernetes: ${key} ${doc.metadata.name}: valid`); }
  catch (e) { console.log(`kubernetes: ${key} ${doc.metadata.name}: INVALID ${e.message}`); failed++; }
}
process.exit(failed ? 1 : 0);
JS
status=0
(cd "$tools" && node validate-k8s.mjs "$here/kubernetes/mta-interop-shards.yaml") || status=1
if "$tools/node_modules/.bin/action-validator" "$here/github/mta-interop-nightly.yml"; then
  echo "github: mta-interop-nightly.yml: valid"
else
  status=1
fi
repo="$tools/gitlab-repo"
mkdir -p "$repo" && cp "$here/gitlab/mta-interop-nightly.gitlab-ci.yml" "$repo/.gitlab-ci.yml"
(cd "$repo" && git init -q && git add . && git -c user.email=ci@mta-interop.test -c user.name=ci commit -qm template)
# the listing goes to a file first: `grep -q` on a pipe exits at the first match, and under pipefail the
# writer's SIGPIPE would fail a valid template now and then
(cd "$repo" && "$tools/node_modules/.bin/gitlab-ci-local" --list --variable CI_PIPELINE_SOURCE=schedule \
  >"$tools/gitlab.txt" 2>&1) || true
if grep -q 'mta-interop-shard: \[4/4\]' "$tools/gitlab.txt"; then
  echo "gitlab: mta-interop-nightly.gitlab-ci.yml: valid, jobs:"; grep -E '^mta-interop' "$tools/gitlab.txt"
else
  cat "$tools/gitlab.txt"; status=1
fi
exit "$status"
