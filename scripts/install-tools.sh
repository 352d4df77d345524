#!/usr/bin/env bash
# Installs the real tools that the converter gauntlet, the browser tests and the PDF checks use
# (Debian packages; a clean machine has none of them). Idempotent: packages already present are
# not fetched again. Needs root (CI and the development machines run as root).
set -euo pipefail
packages=(chromium fonts-noto-cjk poppler-utils img2pdf libreoffice-writer)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "tools: all present (${packages[*]})"
  exit 0
fi
echo "tools: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "tools: installed ${missing[*]}"
