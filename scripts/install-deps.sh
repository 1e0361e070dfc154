#!/usr/bin/env bash
# Installs the Debian 12 packages journalvakt builds, tests and benchmarks with.
# The one list of build dependencies: README and CI call this script.
set -euo pipefail
packages=(
  build-essential cmake pkg-config      # toolchain
  libvectorscan-dev                     # pattern matching (Hyperscan API, maintained fork)
  libre2-dev                            # confirming regexes with captures
  libicu-dev                            # decoding, NFC, case folding
  libyaml-cpp-dev                       # rules and policy files in patterns/
  nlohmann-json3-dev                    # reports
  libcli11-dev                          # command line
  libssl-dev                            # SHA-256 of documents and rule sets (OpenSSL 3, Apache-2.0)
  libpoppler-glib-dev libcairo2-dev     # PDF text, annotations, forms, attachments; page rendering for OCR
  libtesseract-dev tesseract-ocr-nor    # OCR of image-only pages (Norwegian)
  libxml2-dev                           # Office Open XML, OpenDocument and HTML
  libzip-dev                            # ZIP containers
  libgmime-3.0-dev                      # e-mail (MIME) with attachments
  catch2                                # tests (v2)
  python3                               # corpus generator and gold comparison
  ripgrep poppler-utils                 # benchmark baselines (rg, pdftotext)
)
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${packages[@]}"
