#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need that the machine
# may lack (Debian's chromium for the HTML report test, poppler-utils for PDF input), then
# builds and tests the solution. Used by README and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# A CJK font, so the HTML report's screenshot shows Chinese text rather than empty boxes.
{ command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; } || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

dotnet build ComplianceGen.sln -c Release -nologo -v q
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test ComplianceGen.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log"

# The sample consumer project: built above with its own Chinese rule file; it exits non-zero
# if its rules stop behaving as documented.
dotnet run --project samples/ComplianceGen.Sample -c Release --no-build

# One closing line over every test project, in the plain form CI reads.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
