#!/bin/sh
# Regenerates the hyphenation pattern resources of render-pdf from TeX hyph-utf8 patterns as shipped
# in Debian 12 (bookworm) packages. See README.md in this folder.
#
#   render-pdf/src/build/hyphenation/convert.sh           # (re)write de.xml and en.xml
#   render-pdf/src/build/hyphenation/convert.sh --check   # only verify the committed files are up to date
#
# Needs: apt-get (or DEB_DIR=folder holding the two .deb files below), dpkg-deb, tar, sha256sum,
# and a JDK 21+ (JAVA_HOME, else java on PATH). Downloads about 200 MB (texlive-lang-english is big).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$(dirname "$HERE")")/main/hyphenation
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

# Source packages (Debian 12 "bookworm", section main) and the files used from them.
DE_PKG=texlive-lang-german
DE_VER=2022.20230122-1
EN_PKG=texlive-lang-english
EN_VER=2022.20230122-1
PAT=usr/share/texlive/texmf-dist/tex/generic/hyph-utf8/patterns

# Latin-1 letters that the patterns do not all mention (names, loanwords); listed as letter classes so
# that OpenPDF-style parsers do not refuse words containing them.
LATIN1='àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿß'

check=false
if [ "${1:-}" = "--check" ]; then
    check=true
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# fetch PACKAGE VERSION FILE... : extract FILEs (paths inside the package) into $work
fetch() {
    pkg=$1
    ver=$2
    shift 2
    deb=${pkg}_${ver}_all.deb
    if [ -n "${DEB_DIR:-}" ]; then
        cp "$DEB_DIR/$deb" "$work/$deb"
    else
        (cd "$work" && apt-get download "$pkg=$ver")
    fi
    members=
    for f in "$@"; do
        members="$members ./$f"
    done
    # shellcheck disable=SC2086
    dpkg-deb --fsys-tarfile "$work/$deb" | tar -x -C "$work" $members
    rm -f "$work/$deb"
}

fetch "$DE_PKG" "$DE_VER" \
    "$PAT/tex/hyph-de-1996.tex" \
    "$PAT/txt/hyph-de-1996.pat.txt"
fetch "$EN_PKG" "$EN_VER" \
    "$PAT/tex/hyph-en-us.tex" \
    "$PAT/txt/hyph-en-us.pat.txt" \
    "$PAT/txt/hyph-en-us.hyp.txt"

# Pin the exact inputs: a different file means a different package version, review it first.
(cd "$work" && sha256sum -c --quiet) <<SUMS
162ae879d2e61112bf7ab37b2bf47027e3df409f2641fb9b8cd6e6388c6d547d  $PAT/tex/hyph-de-1996.tex
3534fe7edb6cf20e085865b069f22013dc532e93959a49fc1f97567a8be6b3ef  $PAT/txt/hyph-de-1996.pat.txt
f4ffcd96c5cbc886bdad23f95dcae8edc3cd3620eae62f7946eceda97c4e68f8  $PAT/tex/hyph-en-us.tex
0f57318b878b132547ae92db39a6e1d1cf2a05d9008874955d6ecb910007a463  $PAT/txt/hyph-en-us.pat.txt
5e785c27e151f878c312991d937b5582615b77737ab30bac413d5967d6aa21da  $PAT/txt/hyph-en-us.hyp.txt
SUMS

dest=$OUT
if $check; then
    dest=$work/out
fi
mkdir -p "$dest"

# convert LANG TEXNAME LEFT RIGHT SOURCE [--hyp FILE]
# Local corrections, if present in this folder, are appended: LANG.exceptions.txt (whole words, lowercase,
# '-' at each allowed break) and LANG.patterns.txt (extra Liang patterns).
convert() {
    lang=$1 name=$2 left=$3 right=$4 source=$5
    shift 5
    for kind in exceptions:--extra-hyp patterns:--extra-pat; do
        file=$HERE/$lang.${kind%%:*}.txt
        if [ -s "$file" ]; then
            set -- "$@" "${kind#*:}" "$file"
        fi
    done
    "$JAVA" "$HERE/ConvertPatterns.java" \
        --tex "$work/$PAT/tex/$name.tex" \
        --pat "$work/$PAT/txt/$name.pat.txt" \
        --extra-letters "$LATIN1" \
        --left "$left" --right "$right" \
        --source "$source" \
        --out "$dest/$lang.xml" \
        "$@"
}

convert de hyph-de-1996 2 2 \
    "Debian package $DE_PKG $DE_VER, /$PAT/txt/hyph-de-1996.pat.txt (TeX hyph-utf8, de-1996)"
convert en hyph-en-us 2 3 \
    "Debian package $EN_PKG $EN_VER, /$PAT/txt/hyph-en-us.pat.txt and hyph-en-us.hyp.txt (TeX hyph-utf8, en-us)" \
    --hyp "$work/$PAT/txt/hyph-en-us.hyp.txt"

if $check; then
    status=0
    for f in de.xml en.xml; do
        if cmp -s "$dest/$f" "$OUT/$f"; then
            echo "$f: up to date"
        else
            echo "$f: DIFFERS from $OUT/$f" >&2
            status=1
        fi
    done
    exit $status
fi
