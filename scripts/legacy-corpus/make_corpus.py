#!/usr/bin/python3
"""Builds the legacy-annotatie test corpus (test/fixtures/legacy/corpus/) with producers other
than our own code: text files, old-template .docx files written by python-docx, PDFs written by
reportlab and by LibreOffice (soffice --convert-to pdf), and one scan-like PDF holding only an
image. Every document gets NAME.expected.json: the values `annotatie import` must read, as
written in that document.

Run with Debian's python3 (python3-docx, python3-reportlab, python3-pil), soffice and pdftoppm:
    /usr/bin/python3 scripts/legacy-corpus/make_corpus.py
The output is committed, so the tests need none of these tools. Deterministic: fixed seeds."""

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap

sys.path.insert(0, os.path.dirname(__file__))
from specs import HELDOUT, TUNED  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "test", "fixtures", "legacy", "corpus")


# ——— expected values ———————————————————————————————————————————————

def kern_lines(spec, damage=lambda text: text):
    out = []
    for part in spec["kern"]:
        if isinstance(part, tuple):
            out.append(("• " + damage(part[1])) if part[0] == "b" else part[1])
        else:
            out.append(damage(part))
    return out


def expected(spec, damage=None):
    d = damage or (lambda text: text)
    values = {
        "onderwerp": spec["onderwerp"],
        "portefeuillehouder": spec["portefeuillehouder"],
        "medePortefeuillehouders": "\n".join(spec["mede"]),
        "ambtenaar.naam": spec["ambtenaar"][0],
        "ambtenaar.telefoon": spec["ambtenaar"][1],
        "ambtenaar.email": spec["ambtenaar"][2],
        "raadsadviseur.naam": spec["raadsadviseur"][0],
        "raadsadviseur.telefoon": spec["raadsadviseur"][1],
        "raadsadviseur.email": spec["raadsadviseur"][2],
        "aardBijeenkomst": spec["aardBijeenkomst"],
        "programma": spec["programma"],
        "planning.beeldvorming": spec["planning"][0],
        "planning.oordeelsvorming": spec["planning"][1],
        "planning.besluitvorming": spec["planning"][2],
        "doelBespreking": spec["doelBespreking"],
        "adviesCommissie": spec["adviesCommissie"],
        "toelichting.inleiding": "\n".join(d(p) for p in spec["inleiding"]),
        "toelichting.kern": "\n".join(kern_lines(spec, d)),
        "toelichting.behandeladvies": "\n".join(d(p) for p in spec["behandeladvies"]),
        "achtergrondinformatie": "\n".join(spec["achtergrondinformatie"]),
    }
    return {key: value for key, value in values.items() if value != ""}


# ——— OCR damage ————————————————————————————————————————————————————

OCR_SWAPS = [("g", "q"), ("m", "rn"), ("e", "c"), ("l", "1"), ("i", "l"), ("n", "h"), ("o", "0")]


def damage_label(label, rng):
    """What OCR does to a label: one or two letters misread, spacing and case changed."""
    text = label
    for _ in range(rng.choice([0, 1, 1, 2])):
        positions = [i for i, c in enumerate(text) if any(c == a for a, _ in OCR_SWAPS)]
        # Keep the first two letters: OCR damage in a label's first letters is rarer, and the
        # recogniser needs one end of a label intact (documented in labels.ts).
        positions = [i for i in positions if i >= 2]
        if not positions:
            break
        i = rng.choice(positions)
        a, b = next((a, b) for a, b in OCR_SWAPS if a == text[i])
        text = text[:i] + b + text[i + 1:]
    if rng.random() < 0.2:
        text = text.replace("-", "- ")
    if rng.random() < 0.15:
        text = text.upper()
    return text


def value_damage(rng):
    """Damage inside running text, kept in the expected value too (values are taken as written)."""
    seed = rng.random()

    def damage(text):
        local = random.Random(f"{seed}:{text}")
        words = text.split(" ")
        if len(words) > 6 and local.random() < 0.5:
            i = local.randrange(0, len(words) - 1)
            if not words[i].startswith("•"):
                words[i:i + 2] = [words[i] + words[i + 1]]
        out = " ".join(words)
        if local.random() < 0.5:
            out = out.replace("ë", "e").replace("ï", "i")
        return out

    return damage


def wrap(text, width):
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [""]


# ——— text renderings ——————————————————————————————————————————————————

def txt_ocr(spec, rng):
    """The seed's shape: text taken from a PDF, the contact table flattened into lines."""
    damage = value_damage(rng)
    L = lambda label: damage_label(label, rng)  # noqa: E731
    lines = []
    title = wrap("Annotatie Raadsvoorstel " + spec["onderwerp"], 70)
    lines += [" " + title[0]] + title[1:] + ["", L("Contactgegevens"), ""]
    lines += [f"{L('Portefeuillehouder')}: {L('Behandelend ambtenaar')}: {L('Raadsadviseur')}:", ""]
    amb, rad = spec["ambtenaar"], spec["raadsadviseur"]
    lines.append(f"{spec['portefeuillehouder']} {amb[0]} {rad[0]}")
    lines.append(f"{rng.choice(['Mede-portefeuillehouder (s)', 'Mede-portefeuillehouder(s)', 'Mede- portefeuillehouder(s)'])} {amb[1]} {rad[1]}")
    lines.append("")
    mede = spec["mede"]
    lines.append(" ".join(([mede[0]] if mede else []) + [amb[2], rad[2]]))
    lines += mede[1:]
    lines += ["", L("Aard bijeenkomst"), "", spec["aardBijeenkomst"], "", L("Programma"), "", spec["programma"]]
    if rng.random() < 0.5:
        lines.append(rng.choice(["prog", "pr0g", "~"]))
    lines += ["", "Status inclusief", "voorlopige planning", ""]
    middle = rng.choice(["Oordzzl\\z e", "0ordee1svorrning", "Oordeelsvorming >"])
    lines += [f"Beeldvorming > {middle} Besluitvorming>", "", " ".join(spec["planning"]), ""]
    lines += [L("Doel bespreking"), "", spec["doelBespreking"], ""]
    if spec["adviesCommissie"]:
        lines += [L("Advies commissie"), "", spec["adviesCommissie"], ""]
    else:
        lines += [L("Advies commissie"), ""]
    lines += [L("Toelichting"), "", L("Inleiding"), ""]
    body = []
    for p in spec["inleiding"]:
        body += wrap(damage(p), 95) + [""]
    for part in spec["kern"]:
        if isinstance(part, tuple) and part[0] == "h":
            body += ["", part[1]]
        elif isinstance(part, tuple):
            body.append(rng.choice(["e ", "o  ", "e  ", "• "]) + damage(part[1]))
        else:
            body += wrap(damage(part), 95)
    body.append("")
    # A page break in the middle of the toelichting: footer and header lines between two lines.
    cut = max(3, len(body) // 2)
    body[cut:cut] = ["Pagina 1", f"Z/25/{rng.randrange(100000, 999999)}"]
    lines += body
    lines += [L("Behandeladvies")]
    for p in spec["behandeladvies"]:
        lines += wrap(damage(p), 95)
    lines += ["", L("Achtergrondinformatie"), ""] + spec["achtergrondinformatie"] + ["", "", "Pagina 2"]
    return "\n".join(lines) + "\n", damage


def txt_linear(spec, rng):
    """One field per line, "Label: waarde", the way people retype an annotatie in an e-mail."""
    variants = {
        "aardBijeenkomst": ["Aard bijeenkomst", "Aard van de bijeenkomst", "Soort bijeenkomst"],
        "doelBespreking": ["Doel bespreking", "Doel van de bespreking"],
        "adviesCommissie": ["Advies commissie", "Advies van de commissie"],
    }
    pick = lambda key, default: rng.choice(variants.get(key, [default]))  # noqa: E731
    amb, rad = spec["ambtenaar"], spec["raadsadviseur"]
    lines = [f"Onderwerp: {spec['onderwerp']}", "", f"Portefeuillehouder: {spec['portefeuillehouder']}"]
    if spec["mede"]:
        lines.append("Mede-portefeuillehouder(s): " + spec["mede"][0])
        lines += spec["mede"][1:]
    lines += [f"Behandelend ambtenaar: {amb[0]}", f"Telefoon: {amb[1]}", f"E-mail: {amb[2]}"]
    lines += [f"Raadsadviseur: {rad[0]}", f"Tel.: {rad[1]}", f"E-mailadres: {rad[2]}", ""]
    lines += [f"{pick('aardBijeenkomst', '')}: {spec['aardBijeenkomst']}", f"Programma: {spec['programma']}", ""]
    for label, value in zip(["Beeldvorming", "Oordeelsvorming", "Besluitvorming"], spec["planning"]):
        lines.append(f"{label}: {value}")
    lines += ["", f"{pick('doelBespreking', '')}: {spec['doelBespreking']}"]
    if spec["adviesCommissie"]:
        lines.append(f"{pick('adviesCommissie', '')}: {spec['adviesCommissie']}")
    lines += ["", "Toelichting", "Inleiding:"]
    for p in spec["inleiding"]:
        lines += wrap(p, 80) + [""]
    for part in spec["kern"]:
        if isinstance(part, tuple) and part[0] == "h":
            lines += [part[1]]
        elif isinstance(part, tuple):
            lines.append("- " + part[1])
        else:
            lines += wrap(part, 80) + [""]
    lines += ["", "Behandeladvies:"] + [line for p in spec["behandeladvies"] for line in wrap(p, 80)]
    lines += ["", "Achtergrondinformatie:"] + spec["achtergrondinformatie"]
    return "\n".join(lines) + "\n"


# ——— .docx (python-docx) —————————————————————————————————————————————

def docx_template(spec, path, tracked=False, control=False):
    """The old Word template: headings, a three-column contact table, bold labels, a planning table."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    title = doc.add_heading("Annotatie raadsvoorstel ", level=1)
    if control:
        # The onderwerp inside a plain content control of an older macro template (not ours).
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        tag = OxmlElement("w:tag")
        tag.set(qn("w:val"), "Titel")
        pr.append(tag)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = spec["onderwerp"]
        run.append(t)
        content.append(run)
        sdt.append(content)
        title._p.append(sdt)
    else:
        title.add_run(spec["onderwerp"])
    doc.add_heading("Contactgegevens", level=2)
    table = doc.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    amb, rad = spec["ambtenaar"], spec["raadsadviseur"]
    grid = [
        ["Portefeuillehouder:", "Behandelend ambtenaar:", "Raadsadviseur:"],
        [spec["portefeuillehouder"], amb[0], rad[0]],
        ["Mede-portefeuillehouder(s)", amb[1], rad[1]],
        [None, amb[2], rad[2]],
    ]
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            if value is None:
                names = spec["mede"] or [""]
                cell.text = names[0]
                for name in names[1:]:
                    cell.add_paragraph(name)
            else:
                cell.text = value
    def labelled(label, value):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        if value:
            doc.add_paragraph(value)
    labelled("Aard bijeenkomst", spec["aardBijeenkomst"])
    labelled("Programma", spec["programma"])
    doc.add_heading("Status inclusief voorlopige planning", level=2)
    planning = doc.add_table(rows=2, cols=3)
    planning.style = "Table Grid"
    for c, (label, value) in enumerate(zip(["Beeldvorming", "Oordeelsvorming", "Besluitvorming"], spec["planning"])):
        planning.cell(0, c).text = label
        planning.cell(1, c).text = value
    labelled("Doel bespreking", spec["doelBespreking"])
    labelled("Advies commissie", spec["adviesCommissie"])
    doc.add_heading("Toelichting", level=2)
    doc.add_heading("Inleiding", level=3)
    for p in spec["inleiding"]:
        doc.add_paragraph(p)
    for part in spec["kern"]:
        if isinstance(part, tuple) and part[0] == "h":
            doc.add_heading(part[1], level=3)
        elif isinstance(part, tuple):
            doc.add_paragraph(part[1], style="List Bullet")
        else:
            doc.add_paragraph(part)
    doc.add_heading("Behandeladvies", level=3)
    for i, p in enumerate(spec["behandeladvies"]):
        para = doc.add_paragraph(p)
        if tracked and i == 0:
            # A reviewer's pending change: "oud voorstel" deleted, " (gewijzigd)" nowhere — the
            # deleted run must not appear; the inserted run is part of the current text.
            deleted = OxmlElement("w:del")
            deleted.set(qn("w:id"), "901")
            deleted.set(qn("w:author"), "Griffie")
            run = OxmlElement("w:r")
            dt = OxmlElement("w:delText")
            dt.set(qn("xml:space"), "preserve")
            dt.text = " Dit was het oude advies."
            run.append(dt)
            deleted.append(run)
            para._p.append(deleted)
            inserted = OxmlElement("w:ins")
            inserted.set(qn("w:id"), "902")
            inserted.set(qn("w:author"), "Griffie")
            run = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = " Akkoord griffie."
            run.append(t)
            inserted.append(run)
            para._p.append(inserted)
    doc.add_heading("Achtergrondinformatie", level=2)
    for p in spec["achtergrondinformatie"]:
        doc.add_paragraph(p)
    doc.save(path)


def docx_table(spec, path):
    """Another old template: one two-column table of label and value for every field."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("ANNOTATIE RAADSVOORSTEL").runs[0].bold = True
    amb, rad = spec["ambtenaar"], spec["raadsadviseur"]
    rows = [
        ("Onderwerp", [spec["onderwerp"]]),
        ("Portefeuillehouder", [spec["portefeuillehouder"]]),
        ("Mede-portefeuillehouder(s)", spec["mede"]),
        ("Behandelend ambtenaar", [amb[0]]),
        ("Telefoon", [amb[1]]),
        ("E-mail", [amb[2]]),
        ("Raadsadviseur", [rad[0]]),
        ("Telefoon", [rad[1]]),
        ("E-mail", [rad[2]]),
        ("Aard bijeenkomst", [spec["aardBijeenkomst"]]),
        ("Programma", [spec["programma"]]),
        ("Beeldvorming", [spec["planning"][0]]),
        ("Oordeelsvorming", [spec["planning"][1]]),
        ("Besluitvorming", [spec["planning"][2]]),
        ("Doel bespreking", [spec["doelBespreking"]]),
        ("Advies commissie", [spec["adviesCommissie"]] if spec["adviesCommissie"] else []),
        ("Inleiding", spec["inleiding"]),
        ("Overige toelichting", None),
        ("Behandeladvies", spec["behandeladvies"]),
        ("Achtergrondinformatie", spec["achtergrondinformatie"]),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, (label, values) in enumerate(rows):
        table.cell(r, 0).text = label
        cell = table.cell(r, 1)
        if values is None:
            first = True
            for part in spec["kern"]:
                text = part[1] if isinstance(part, tuple) else part
                para = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                if isinstance(part, tuple) and part[0] == "b":
                    para.style = "List Bullet"
                run = para.add_run(text)
                if isinstance(part, tuple) and part[0] == "h":
                    run.bold = True
            continue
        for i, value in enumerate(values):
            if i == 0:
                cell.text = value
            else:
                cell.add_paragraph(value)
    doc.save(path)


# ——— PDF (reportlab) ————————————————————————————————————————————————

def pdf_reportlab(spec, path, docnr, long=False):
    """A PDF as a council information system prints one: real tables with ruling, headings in
    bold, a running header with the document number and a page footer, over several pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body, h1, h2, h3 = styles["BodyText"], styles["Heading1"], styles["Heading2"], styles["Heading3"]
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731

    def page(canvas, _doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, f"Gemeente Zoetermeer   {docnr}")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Pagina {canvas.getPageNumber()}")
        canvas.restoreState()

    story = [Paragraph(esc("Annotatie raadsvoorstel " + spec["onderwerp"]), h1), Paragraph("Contactgegevens", h2)]
    amb, rad = spec["ambtenaar"], spec["raadsadviseur"]
    mede = "<br/>".join(esc(m) for m in spec["mede"])
    cells = [
        ["Portefeuillehouder:", "Behandelend ambtenaar:", "Raadsadviseur:"],
        [spec["portefeuillehouder"], amb[0], rad[0]],
        ["Mede-portefeuillehouder(s)", amb[1], rad[1]],
        [mede, amb[2], rad[2]],
    ]
    table = Table([[Paragraph(esc(c) if "<br/>" not in c else c, body) for c in row] for row in cells], colWidths=[5.5 * cm, 5.5 * cm, 5.5 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, Spacer(1, 8)]
    for label, value in [("Aard bijeenkomst", spec["aardBijeenkomst"]), ("Programma", spec["programma"])]:
        story += [Paragraph(label, h3), Paragraph(esc(value), body)]
    story.append(Paragraph("Status inclusief voorlopige planning", h3))
    planning = Table([["Beeldvorming", "Oordeelsvorming", "Besluitvorming"], list(spec["planning"])], colWidths=[5.5 * cm] * 3)
    planning.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story += [planning]
    for label, value in [("Doel bespreking", spec["doelBespreking"]), ("Advies commissie", spec["adviesCommissie"])]:
        story += [Paragraph(label, h3)] + ([Paragraph(esc(value), body)] if value else [])
    story += [Paragraph("Toelichting", h2), Paragraph("Inleiding", h3)]
    repeat = 4 if long else 1
    for p in spec["inleiding"]:
        story.append(Paragraph(esc(p), body))
    for _ in range(repeat):
        for part in spec["kern"]:
            if isinstance(part, tuple) and part[0] == "h":
                story.append(Paragraph(esc(part[1]), h3))
            elif isinstance(part, tuple):
                story.append(Paragraph("• " + esc(part[1]), body))
            else:
                story.append(Paragraph(esc(part), body))
    story.append(Paragraph("Behandeladvies", h3))
    story += [Paragraph(esc(p), body) for p in spec["behandeladvies"]]
    story.append(Paragraph("Achtergrondinformatie", h2))
    story += [Paragraph(esc(p), body) for p in spec["achtergrondinformatie"]]
    SimpleDocTemplate(path, pagesize=A4, topMargin=2 * cm, bottomMargin=2 * cm, title="Annotatie", author="reportlab").build(story, onFirstPage=page, onLaterPages=page)


def scan_pdf(source_pdf, path):
    """A scan: the first page of another PDF as a picture, no text layer at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", source_pdf, os.path.join(tmp, "page")], check=True)
        png = next(os.path.join(tmp, f) for f in os.listdir(tmp) if f.endswith(".png"))
        c = canvas.Canvas(path, pagesize=A4)
        c.drawImage(png, 0, 0, width=A4[0], height=A4[1])
        c.save()


def soffice(source, outdir, target="pdf"):
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", outdir, source], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ——— the corpus ———————————————————————————————————————————————————

def write_expected(path, kind, split, values, source):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"kind": kind, "split": split, "producer": source, "values": values}, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def kern_as_docx_sees_it(spec):
    return expected(spec)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for split, specs, seed in [("tuned", TUNED, 12), ("heldout", HELDOUT, 4077)]:
        folder = os.path.join(OUT, split)
        os.makedirs(folder)
        rng = random.Random(seed)
        for index, spec in enumerate(specs):
            name = spec["id"]
            text, damage = txt_ocr(spec, rng)
            with open(os.path.join(folder, f"{name}.ocr.txt"), "w", encoding="utf-8") as handle:
                handle.write(text)
            write_expected(os.path.join(folder, f"{name}.ocr.txt.expected.json"), "text-ocr", split, expected(spec, damage), "scripts/legacy-corpus/make_corpus.py txt_ocr")

            with open(os.path.join(folder, f"{name}.linear.txt"), "w", encoding="utf-8") as handle:
                handle.write(txt_linear(spec, rng))
            write_expected(os.path.join(folder, f"{name}.linear.txt.expected.json"), "text-linear", split, expected(spec), "scripts/legacy-corpus/make_corpus.py txt_linear")

            docx_path = os.path.join(folder, f"{name}.template.docx")
            tracked = index % 3 == 1
            docx_template(spec, docx_path, tracked=tracked, control=index % 3 == 0)
            values = expected(spec)
            if tracked:
                values["toelichting.behandeladvies"] = values["toelichting.behandeladvies"].replace(spec["behandeladvies"][0], spec["behandeladvies"][0] + " Akkoord griffie.", 1)
            write_expected(docx_path + ".expected.json", "docx-template", split, values, "python-docx")

            table_path = os.path.join(folder, f"{name}.table.docx")
            docx_table(spec, table_path)
            write_expected(table_path + ".expected.json", "docx-table", split, expected(spec), "python-docx")

            pdf_path = os.path.join(folder, f"{name}.reportlab.pdf")
            long = index % 2 == 0
            pdf_reportlab(spec, pdf_path, f"Z/25/{100200 + index}", long=long)
            values = expected(spec)
            if long:
                values["toelichting.kern"] = "\n".join([values["toelichting.kern"]] * 4) if values.get("toelichting.kern") else values.get("toelichting.kern", "")
                values = {k: v for k, v in values.items() if v != ""}
            write_expected(pdf_path + ".expected.json", "pdf-reportlab", split, values, "reportlab")

            with tempfile.TemporaryDirectory() as tmp:
                soffice(docx_path, tmp)
                shutil.copy(os.path.join(tmp, f"{name}.template.pdf"), os.path.join(folder, f"{name}.libreoffice.pdf"))
            with open(docx_path + ".expected.json", encoding="utf-8") as handle:
                values = json.load(handle)["values"]
            if tracked:
                # LibreOffice prints pending changes as it shows them: the deleted sentence is on
                # the page (struck through), so it is in the PDF's text, in place.
                values["toelichting.behandeladvies"] = values["toelichting.behandeladvies"].replace(" Akkoord griffie.", " Dit was het oude advies. Akkoord griffie.", 1)
            write_expected(os.path.join(folder, f"{name}.libreoffice.pdf.expected.json"), "pdf-libreoffice", split, values, "LibreOffice from python-docx")
            if index == 0:
                # An .odt as well: LibreOffice's own format, converted on to PDF.
                with tempfile.TemporaryDirectory() as tmp:
                    soffice(table_path, tmp, "odt")
                    soffice(os.path.join(tmp, f"{name}.table.odt"), tmp)
                    shutil.copy(os.path.join(tmp, f"{name}.table.pdf"), os.path.join(folder, f"{name}.odt-libreoffice.pdf"))
                write_expected(os.path.join(folder, f"{name}.odt-libreoffice.pdf.expected.json"), "pdf-libreoffice", split, expected(spec), "LibreOffice from .odt")
        if split == "tuned":
            scan_pdf(os.path.join(folder, "t01.reportlab.pdf"), os.path.join(OUT, "scan.pdf"))


if __name__ == "__main__":
    main()
