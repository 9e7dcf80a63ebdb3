"""The demand report as Markdown, CSV or one self-contained HTML file (inline styles and CSS bars,
no scripts, fonts or links to load: it opens offline, can be mailed, and prints on A4)."""

from __future__ import annotations

import csv
import io
from html import escape

from bot.outreach.disclosure import SMALL, Shown
from bot.outreach.report import Report, Table

LEGEND = (
    f"Kleine Zahlen (1 bis {SMALL - 1}) stehen als „<{SMALL}“. Wo man sie aus einer Summe zurückrechnen könnte, "
    f"ist auch eine größere Zahl als „≥{SMALL}“ zurückgehalten; Themen, die alle unter {SMALL} liegen und sich "
    "sonst zurückrechnen ließen, sind zu „andere“ zusammengefasst."
)
ABOUT = (
    "Gezählt wird nur, wie eine Suche endete: pro Kalenderwoche, Kontaktstelle, Herkunft (Flyer oder anders), "
    "Thema und für wen. Keine Uhrzeiten, keine Orte genauer als die Kontaktstelle, keine Texte, nichts, was auf "
    "eine Person zurückführt."
)
TOO_FEW = f"Noch weniger als {SMALL} Gespräche: zu wenige, um etwas aufzuschlüsseln."


def markdown(report: Report) -> str:
    lines = [f"# Nachfrage: {report.title}", "", f"Zeitraum {report.period} · Gespräche: {report.total.text}", ""]
    if not report.tables:
        lines += [TOO_FEW, ""]
    for table in report.tables:
        lines += [f"## {table.title}", ""]
        if table.note:
            lines += [table.note, ""]
        if not table.rows:
            lines += ["Keine.", ""]
            continue
        lines += ["| | Anzahl |", "|---|---:|"]
        lines += [f"| {_cell(row.label)} | {row.text} |" for row in table.rows]
        lines.append("")
    lines += [LEGEND, "", ABOUT, ""]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def as_csv(report: Report) -> str:
    """One row per published number: table, row, count as printed ("12", "<5", "≥5")."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["table", "row", "count"])
    writer.writerow(["total", report.title, report.total.text])
    for table in report.tables:
        writer.writerows([table.key, row.label, row.text] for row in table.rows)
    return out.getvalue()


STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a}
body{max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .2rem}h2{font-size:1.15rem;margin:1.8rem 0 .3rem;border-bottom:2px solid #1f5f8b}
.meta,.note,footer{color:#444}.note{margin:.2rem 0 .6rem}footer{font-size:.85rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}td{padding:.25rem .4rem;vertical-align:middle;border-bottom:1px solid #e3e3e3}
td.label{width:42%}td.num{width:4.5rem;text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.bar{height:.95rem;background:#1f5f8b;min-width:2px;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.bar.small{width:.6rem;background:repeating-linear-gradient(45deg,#1f5f8b 0 2px,#fff 2px 4px);border:1px solid #1f5f8b}
.bar.withheld{background:#fff;border:1px dashed #1f5f8b}
.founding .bar{background:#b4490e}
.founding .bar.small{background:repeating-linear-gradient(45deg,#b4490e 0 2px,#fff 2px 4px);border-color:#b4490e}
.founding .bar.withheld{background:#fff;border-color:#b4490e}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}tr{break-inside:avoid}}
"""


def html(report: Report) -> str:
    body = [
        f"<h1>Nachfrage: {escape(report.title)}</h1>",
        f'<p class="meta">Zeitraum {escape(report.period)} · Gespräche: <b>{escape(report.total.text)}</b></p>',
    ]
    if not report.tables:
        body.append(f"<p>{escape(TOO_FEW)}</p>")
    body += [_html_table(table) for table in report.tables]
    body.append(f"<footer><p>{escape(LEGEND)}</p><p>{escape(ABOUT)}</p></footer>")
    return (
        '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Nachfrage: {escape(report.title)}</title><style>{STYLE}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def _html_table(table: Table) -> str:
    parts = [f'<section class="{table.key}"><h2>{escape(table.title)}</h2>']
    if table.note:
        parts.append(f'<p class="note">{escape(table.note)}</p>')
    if not table.rows:
        parts.append("<p>Keine.</p></section>")
        return "".join(parts)
    largest = max((row.count or SMALL for row in table.rows), default=SMALL) or 1
    parts.append("<table>")
    for row in table.rows:
        parts.append(
            f'<tr><td class="label">{escape(row.label)}</td><td class="num">{escape(row.text)}</td>'
            f"<td>{_bar(row, largest)}</td></tr>"
        )
    parts.append("</table></section>")
    return "".join(parts)


def _bar(row: Shown, largest: int) -> str:
    """A bar as long as the count; "<5" a short hatched stub, "≥5" an outline as long as 5."""
    if row.count is None and row.text.startswith("<"):
        return '<div class="bar small" role="img" aria-label="weniger als 5"></div>'
    if row.count is None:
        return f'<div class="bar withheld" style="width:{100 * SMALL / largest:.1f}%"></div>'
    if row.count == 0:
        return ""
    return f'<div class="bar" style="width:{100 * row.count / largest:.1f}%"></div>'


FORMATS = {"md": markdown, "csv": as_csv, "html": html}
