#!/usr/bin/env python3
"""Large structured inputs a coverage-guided fuzzer cannot reach (its inputs are
small): deep nesting, long runs, many attachments, dense figures, huge numbers.

usage: Fuzz/make-inputs.py OUTDIR [--scale N]

Each file is named for what it stresses. The CLI tests build the same shapes
in-process with time bounds; this script makes them for `/usr/bin/time -v`.
"""
import os, sys

def main():
    if any(a in ("-h", "--help") for a in sys.argv[1:]):
        print(__doc__)
        return
    out = sys.argv[1] if len(sys.argv) > 1 else "Fuzz/large"
    scale = int(sys.argv[sys.argv.index("--scale") + 1]) if "--scale" in sys.argv else 1
    os.makedirs(out, exist_ok=True)
    inputs = {
        # a heading ending in ：on every line: each would nest under the one before
        "nest-colon.txt": "1.：\n" * (12000 * scale),
        # one run of masking stars
        "stars.txt": "共" + "*" * (200000 * scale) + "家\n",
        # a notice with tens of thousands of attachments
        "attachments.txt": "关于印发的通知\n" + "".join(f"附件{i}\n标题{i}\n内容{i}家。\n" for i in range(50000 * scale)),
        # figure-dense text
        "dense.txt": "".join(f"{i}家企业增长{i % 100}%，投入{i}万元；" for i in range(300000 * scale)),
        # one line of 4 MB with markers after 。
        "one-line.txt": "".join(f"{i % 9 + 1}、内容{i}。" for i in range(400000 * scale)),
        # numbers beyond what a value holds, zeros, grouped digits
        "numbers.txt": "投入0万元，0亿元，1 000万元，" + "9" * 60 + "万元。\n",
        # escape sequences and formulas in headings
        "hostile-text.txt": "一、\x1b[31m红色\x1b[0m\n二、=HYPERLINK(\"x\")\n力争完成=1+1 50家以上。\n",
        # deeply nested HTML
        "deep.html": "<div>" * (50000 * scale) + "一、总则",
    }
    for name, text in inputs.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)
    # a plan and a summary with 5,000 targets and results
    with open(os.path.join(out, "track-plan.txt"), "w", encoding="utf-8") as f:
        f.write("2023年工作计划\n一、主要目标\n" + "".join(f"力争指标{i}企业达到{i + 10}家以上。\n" for i in range(5000 * scale)))
    with open(os.path.join(out, "track-summary.txt"), "w", encoding="utf-8") as f:
        f.write("2023年工作总结\n一、主要成效\n" + "".join(f"指标{i}企业达到{i + 12}家。\n" for i in range(5000 * scale)))
    print(out)

if __name__ == "__main__":
    main()
