#!/usr/bin/env bash
# Rebuilds the Word and PDF fixtures from the text documents they came from,
# with a real office suite: Debian's libreoffice-writer-nogui and fonts-noto-cjk.
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk
# Run from the repository root with ../shared beside it.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for f in \
  ../../../shared/seeds/000_76e230156d647161.txt \
  ../../../shared/seeds/002_89575c727a02cea2.txt \
  ../../../shared/dev-docs/011_zhujianbu_2024_jianzhu_shizheng_shebei_gengxin_shishi_fangan.txt \
  ../../../shared/dev-docs/021_zhuhai_2021_rencai_zhufang_guanli_banfa.txt \
  ../../../shared/dev-docs/034_yushe_2022_fangdichan_lianghuan_xunhuan_peitao_cuoshi.txt \
  ../../../shared/dev-docs/046_pingtan_supingpianqu_2023_niandu_gongzuo_jihua.txt; do
  cp "$f" "$work/"
done
(cd "$work" && soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to docx ./*.txt >/dev/null)
(cd "$work" && soffice --headless --convert-to pdf ./*.docx >/dev/null)
cp "$work"/*.docx "$work"/*.pdf .
