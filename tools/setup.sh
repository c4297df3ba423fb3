#!/usr/bin/env bash
# Makes a fresh Debian 12 machine ready to build, test and serve coroplay.
#
# Installs the Debian packages that are missing (as root directly, otherwise
# through password-less sudo) and the npm packages (npm ci). When it cannot
# install, it prints the exact command to run and fails. Quiet when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages and what they are for.
packages=(
  cmake ninja-build g++          # native build
  clang libclang-rt-14-dev       # libFuzzer target
  emscripten                     # wasm build (em++ 3.1.6)
  catch2                         # unit tests
  libboost1.81-dev               # benchmark baseline (Boost.Asio)
  chromium                       # browser tests
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  cmd="apt-get update && apt-get install -y ${missing[*]}"
  if [[ $(id -u) == 0 ]]; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  elif sudo -n true 2>/dev/null; then
    echo "setup: installing ${missing[*]} (sudo)"
    sudo DEBIAN_FRONTEND=noninteractive sh -c "apt-get update -qq && apt-get install -y -qq ${missing[*]} >/dev/null"
  else
    echo "setup: missing Debian packages: ${missing[*]}" >&2
    echo "setup: run this, then try again:  sudo sh -c '$cmd'" >&2
    exit 1
  fi
fi

# npm packages: reinstall when the lock file is newer than what is installed.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm install (from package-lock.json)"
  npm install --no-audit --no-fund --loglevel=error
fi
