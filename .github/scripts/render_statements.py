"""Renders the cases of producer_statements.py: `html DIR` and `tex DIR`
write one source file per case for the HTML and LaTeX producers;
`reportlab DIR` draws each ReportLab case straight to PDF. Reads cases.json
on stdin, and renders those of the producer named by the third argument."""

import html
import json
import os
import sys

LATIN_FONTS = ["DejaVu Serif", "Liberation Sans", "DejaVu Sans", "Liberation Serif"]
CJK_FONT = "Noto Sans CJK SC"


def font_of(case, n):
    return CJK_FONT if case["lang"] == "zh" else LATIN_FONTS[n % len(LATIN_FONTS)]


def block(case):
    return case["addressee"] + case["address"]


def rows_html(case):
    head = "".join("<th align=left>%s</th>" % html.escape(h) for h in case["table"])
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(c) for c in r) for r in case["rows"])
    return "<table width='100%%' cellpadding=3 style='border-collapse:collapse;margin-top:14pt'><tr>%s</tr>%s</table>" % (head, body)


def to_html(case, n):
    e = html.escape
    addr = "<br>".join(e(l) for l in block(case))
    dated = "%s: %s" % (e(case["label"]), e(case["date_text"]))
    meta = "<br>".join("%s: %s" % (e(k), e(v)) for k, v in case["meta"])
    due = "%s %s &nbsp; %s: %s" % (e(case["amount"][0]), e(case["amount"][1]), e(case["due"][0]), e(case["due"][1]))
    sender = "<p style='font-size:8pt;color:#555'>%s</p>" % e(case["sender"])
    title = "<h2 style='font-size:14pt'>%s</h2>" % e(case["title"])
    if case["layout"] == "letter":
        top = ("%s<table width='100%%'><tr><td width='55%%' valign=top style='padding-top:30pt'>%s</td>"
               "<td valign=top><b>%s</b><br>%s<br>%s<br>%s</td></tr></table>") % (
            sender, addr, e(case["title"]), meta, dated, e(case["page"]))
    elif case["layout"] == "right":
        top = ("%s%s<p>%s<br>%s</p><table width='100%%'><tr><td width='50%%'></td>"
               "<td valign=top style='padding:20pt 0'>%s</td></tr></table>") % (sender, title, dated, meta, addr)
    else:
        k, v = case["meta"][0]
        top = ("%s%s<table width='100%%' border=1 cellpadding=4 style='border-collapse:collapse'><tr><th>%s</th><th>%s</th><th>%s</th></tr>"
               "<tr><td>%s</td><td>%s</td><td>%s</td></tr></table><p style='margin-top:24pt'>%s</p>") % (
            sender, title, e(case["label"]), e(k), e(case["amount"][0]), e(case["date_text"]), e(v), e(case["amount"][1]), addr)
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page{size:A4;margin:18mm}"
            "body{font-family:'%s';font-size:10pt}</style></head><body>%s<p>%s</p>%s<p>%s</p></body></html>") % (
        font_of(case, n), top, e(case["period"]), rows_html(case), due)


def tex_escape(s):
    for a, b in [("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("#", "\\#"), ("_", "\\_"), ("$", "\\$")]:
        s = s.replace(a, b)
    return s


def to_tex(case, n):
    t = tex_escape
    addr = "\\\\\n".join(t(l) for l in block(case))
    dated = "%s: %s" % (t(case["label"]), t(case["date_text"]))
    meta = "\\\\\n".join("%s: %s" % (t(k), t(v)) for k, v in case["meta"])
    rows = "\\\\\n".join(" & ".join(t(c) for c in r) for r in case["rows"])
    head = " & ".join("\\textbf{%s}" % t(h) for h in case["table"])
    if case["layout"] == "letter":
        top = ("\\begin{minipage}[t]{0.52\\textwidth}\\vspace{1.2cm}%s\\end{minipage}\\hfill"
               "\\begin{minipage}[t]{0.42\\textwidth}\\textbf{%s}\\\\\n%s\\\\\n%s\\\\\n%s\\end{minipage}") % (
            addr, t(case["title"]), meta, dated, t(case["page"]))
    elif case["layout"] == "right":
        top = ("{\\Large %s}\\par\\medskip\n%s\\\\\n%s\\par\\bigskip\n\\hfill\\begin{minipage}[t]{0.45\\textwidth}%s\\end{minipage}") % (
            t(case["title"]), dated, meta, addr)
    else:
        k, v = case["meta"][0]
        top = ("{\\Large %s}\\par\\medskip\n\\begin{tabular}{|l|l|l|}\\hline %s & %s & %s\\\\\\hline %s & %s & %s\\\\\\hline\\end{tabular}"
               "\\par\\bigskip\n\\noindent %s") % (
            t(case["title"]), t(case["label"]), t(k), t(case["amount"][0]), t(case["date_text"]), t(v), t(case["amount"][1]), addr)
    return ("\\documentclass[10pt]{article}\n\\usepackage[a4paper,margin=2cm]{geometry}\n\\usepackage{fontspec}\n"
            "\\setmainfont{%s}\n\\pagestyle{empty}\\setlength{\\parindent}{0pt}\n\\begin{document}\n"
            "{\\footnotesize %s}\\par\\bigskip\n%s\\par\\bigskip\n%s\\par\\medskip\n"
            "\\begin{tabular}{lll}%s\\\\\n%s\\end{tabular}\\par\\medskip\n%s %s\\quad %s: %s\n\\end{document}\n") % (
        font_of(case, n), t(case["sender"]), top, t(case["period"]), head, rows,
        t(case["amount"][0]), t(case["amount"][1]), t(case["due"][0]), t(case["due"][1]))


def reportlab(case, n, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    if case["lang"] == "zh":
        pdfmetrics.registerFont(TTFont("Body", "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"))
    else:
        files = ["DejaVuSerif.ttf", "DejaVuSans.ttf"]
        pdfmetrics.registerFont(TTFont("Body", "/usr/share/fonts/truetype/dejavu/" + files[n % 2]))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(case["title"])
    w, h = A4
    c.setFont("Body", 7)
    c.drawString(50, h - 50, case["sender"])
    c.setFont("Body", 10)
    y = h - 140
    ax = 320 if case["layout"] == "right" else 56
    for l in block(case):
        c.drawString(ax, y, l)
        y -= 13
    mx = 56 if case["layout"] == "right" else 340
    my = h - 80 if case["layout"] == "right" else h - 140
    c.setFont("Body", 12)
    c.drawString(mx, my, case["title"])
    c.setFont("Body", 10)
    meta = [(case["label"], case["date_text"])] + [tuple(m) for m in case["meta"]]
    if case["layout"] == "grid":
        # Labels in one row, values in the row below, in three columns.
        for i, (k, v) in enumerate(meta + [tuple(case["amount"])]):
            c.drawString(340 + 0 * i, my - 20 - 30 * i, k)
            c.drawString(340, my - 32 - 30 * i, v)
    else:
        for i, (k, v) in enumerate(meta):
            c.drawString(mx, my - 18 - 14 * i, k + ":")
            c.drawString(mx + 120, my - 18 - 14 * i, v)
    y = min(y, h - 260) - 20
    c.drawString(56, y, case["period"])
    y -= 24
    for r in [case["table"]] + case["rows"]:
        for x, cell in zip([56, 170, 420], r):
            c.drawString(x, y, cell)
        y -= 14
    y -= 14
    c.drawString(56, y, "%s %s    %s: %s" % (case["amount"][0], case["amount"][1], case["due"][0], case["due"][1]))
    c.showPage()
    c.save()


def main():
    kind, out, producer = sys.argv[1], sys.argv[2], sys.argv[3]
    cases = [c for c in json.load(sys.stdin) if c["producer"] == producer]
    for n, case in enumerate(cases):
        if kind == "html":
            with open(os.path.join(out, case["id"] + ".html"), "w") as f:
                f.write(to_html(case, n))
        elif kind == "tex":
            with open(os.path.join(out, case["id"] + ".tex"), "w") as f:
                f.write(to_tex(case, n))
        elif kind == "reportlab":
            reportlab(case, n, os.path.join(out, case["id"] + ".pdf"))


if __name__ == "__main__":
    main()
