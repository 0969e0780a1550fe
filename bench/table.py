"""Print bench/results.json's figures as a Markdown table (for README's Performance section).

``python -m bench.table`` after ``make bench`` (figures by name).
"""

from __future__ import annotations

import json

from bench.common import RESULTS


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.0f} ms" if value >= 100 else f"{value:.1f} ms"


def main() -> None:
    figures = json.loads(RESULTS.read_text())["figures"]
    print("| figure | ours | floor | target | met |")
    print("|---|---|---|---|---|")
    for figure in figures.values():
        met = "yes" if figure["met"] else "**no**"
        ours, floor = fmt(figure["value"], figure["unit"]), fmt(figure["floor"], figure["unit"])
        print(f"| {figure['name']} | {ours} | {floor} | {figure['target']} | {met} |")


if __name__ == "__main__":
    main()
