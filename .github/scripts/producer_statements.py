"""Writes the statements and bills that make-producer-statements.sh renders
through each PDF producer: one HTML and one LaTeX file per case, a ReportLab
script's input, and cases.json with what each PDF must be found to show.

Every person, address and company is invented. Cases are drawn from a seed,
so the same seed gives the same files. The layouts and wordings are written
for this measurement and differ from pkg/statement's own fixtures.
"""

import json
import random
import sys

# Each language: people (title as printed, name as printed, name declared),
# addresses (lines as printed, address declared), senders, labels of the
# statement date, date forms, labels of other dates, words of the page.
LANGS = {
    "en": {
        "people": [
            ("Mr", "Oliver J Bennett", "Oliver James Bennett"),
            ("Ms", "Priya Sharma", "Priya Sharma"),
            ("Mrs", "Siobhan M Doyle", "Siobhan Mary Doyle"),
            ("Dr", "Daniel Okafor", "Daniel Chukwuma Okafor"),
            ("Miss", "Emily R Carter", "Emily Rose Carter"),
            ("Mr", "Thomas Whitfield", "Thomas Whitfield"),
        ],
        "addresses": [
            (["Flat 7", "21 Kingsway", "Manchester", "M20 2LT"], "Flat 7, 21 Kingsway, Manchester M20 2LT"),
            (["14 Orchard Close", "Harrogate", "HG1 4QE"], "14 Orchard Close, Harrogate HG1 4QE"),
            (["Apartment 3", "9 Victoria Road", "Bristol", "BS8 1TH"], "Apt 3, 9 Victoria Rd, Bristol BS8 1TH"),
            (["482 Maple Avenue", "Apt 5B", "Springfield, IL 62704"], "482 Maple Ave, Apt 5B, Springfield, IL 62704"),
            (["77 Lakeshore Drive", "Madison, WI 53703"], "77 Lakeshore Dr, Madison, WI 53703"),
        ],
        "senders": ["Harbourline Water Services, PO Box 311, Leeds LS99 2BR", "Cobalt Mutual Bank plc",
                    "Brightwire Broadband Ltd, Customer Billing", "Keystone Energy Co."],
        "titles": ["Your electricity bill", "Account statement", "Broadband invoice", "Water charges"],
        "labels": ["Statement date", "Date of issue", "Invoice date", "Bill date", "Issue date"],
        "forms": ["d Month Y", "d Mon Y", "dd/mm/Y", "Y-mm-dd"],
        "us_forms": ["Month d, Y", "Mon d, Y", "mm/dd/Y"],
        "due": "Payment due", "account": "Account number", "page": "Page 1 of 1",
        "period": "Billing period", "to": "to", "amount": "Amount due", "desc": ["Standing charge", "Usage", "Payment received, thank you", "Direct debit"],
        "table": ["Date", "Details", "Amount"],
    },
    "de": {
        "people": [
            ("Herrn", "Jonas Weber", "Jonas Weber"),
            ("Frau", "Anna-Lena Schäfer", "Anna-Lena Schäfer"),
            ("Herrn", "Dr. Matthias Krüger", "Matthias Krüger"),
            ("Frau", "Katharina Vogel", "Katharina Maria Vogel"),
            ("Herrn", "Yusuf Demir", "Yusuf Demir"),
        ],
        "addresses": [
            (["Bahnhofstraße 17", "80331 München"], "Bahnhofstr. 17, 80331 München"),
            (["Am Rosengarten 3a", "50667 Köln"], "Am Rosengarten 3a, 50667 Köln"),
            (["Goethestr. 112", "04109 Leipzig"], "Goethestraße 112, 04109 Leipzig"),
            (["Hafenweg 8", "20457 Hamburg"], "Hafenweg 8, 20457 Hamburg"),
        ],
        "senders": ["Stadtwerke Nordheide GmbH · Postfach 12 34 · 21244 Buchholz", "Volksbank Mittelfranken eG",
                    "Kabelnetz Süd AG, Kundenservice", "Energieversorgung Rheinaue GmbH"],
        "titles": ["Ihre Stromrechnung", "Kontoauszug", "Rechnung Internet & Telefon", "Jahresabrechnung Gas"],
        "labels": ["Rechnungsdatum", "Datum", "Ausstellungsdatum", "Erstellt am", "Kontoauszug vom"],
        "forms": ["dd.mm.Y", "d. Monat Y"],
        "due": "Fällig am", "account": "Kundennummer", "page": "Seite 1 von 1",
        "period": "Abrechnungszeitraum", "to": "bis", "amount": "Rechnungsbetrag", "desc": ["Grundpreis", "Arbeitspreis", "Zahlungseingang", "Lastschrift"],
        "table": ["Datum", "Buchungstext", "Betrag"],
    },
    "fr": {
        "people": [
            ("Monsieur", "Julien Moreau", "Julien Moreau"),
            ("Madame", "Sophie Lefèvre", "Sophie Lefèvre"),
            ("M.", "Karim Benali", "Karim Benali"),
            ("Mme", "Élodie Fontaine", "Élodie Fontaine"),
            ("Monsieur", "Pierre-Yves Garnier", "Pierre-Yves Garnier"),
        ],
        "addresses": [
            (["Bâtiment B", "5 rue Pasteur", "69003 Lyon"], "5 rue Pasteur, Bâtiment B, 69003 Lyon"),
            (["12 avenue Victor Hugo", "33000 Bordeaux"], "12 av. Victor Hugo, 33000 Bordeaux"),
            (["Appartement 21", "48 boulevard Gambetta", "06000 Nice"], "Apt 21, 48 bd Gambetta, 06000 Nice"),
            (["3 place du Marché", "67000 Strasbourg"], "3 place du Marché, 67000 Strasbourg"),
        ],
        "senders": ["Régie des Eaux du Rhône – Service clients", "Banque Populaire de l'Ouest",
                    "Fibrelia Télécom SAS", "Énergies de Provence SA"],
        "titles": ["Votre facture d'électricité", "Relevé de compte", "Facture Internet", "Facture d'eau"],
        "labels": ["Date de facture", "Date d'émission", "Date du relevé", "Émise le"],
        "forms": ["d mois Y", "dd/mm/Y"],
        "due": "Date d'échéance", "account": "Référence client", "page": "Page 1/1",
        "period": "Période du", "to": "au", "amount": "Montant à payer", "desc": ["Abonnement", "Consommation", "Paiement reçu", "Prélèvement"],
        "table": ["Date", "Libellé", "Montant"],
    },
    "zh": {
        "people": [
            ("先生", "王小明", "王小明"),
            ("女士", "李娜", "李娜"),
            ("先生", "陈建国", "陈建国"),
            ("女士", "赵雪梅", "赵雪梅"),
            ("先生", "刘洋", "刘洋"),
        ],
        "addresses": [
            (["北京市朝阳区建国路88号", "3号楼1201室", "邮编：100022"], "北京市朝阳区建国路88号3号楼1201室"),
            (["广东省深圳市南山区科技园路18号", "邮编 518057"], "广东省深圳市南山区科技园路18号"),
            (["浙江省杭州市西湖区文三路256号", "2单元502室"], "浙江省杭州市西湖区文三路256号2单元502室"),
            (["上海市徐汇区漕溪北路40号", "邮政编码：200030"], "上海市徐汇区漕溪北路40号"),
        ],
        "senders": ["华东示范电力公司 客户服务中心", "长江示范商业银行 信用卡中心", "城市燃气示范有限公司", "联网宽带示范公司"],
        "titles": ["电费账单", "信用卡对账单", "燃气费通知单", "宽带服务账单"],
        "labels": ["账单日", "账单日期", "开票日期", "出单日期"],
        "forms": ["Y年m月d日", "Y-mm-dd", "Y/mm/dd"],
        "due": "到期还款日", "account": "户号", "page": "第1页 共1页",
        "period": "账单周期", "to": "至", "amount": "本期应缴", "desc": ["基本费", "用量费", "已收款", "自动扣款"],
        "table": ["日期", "摘要", "金额"],
    },
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
}


def fmt(date, form, lang):
    """Prints date (y, m, d) in form."""
    y, m, d = date
    month = MONTHS.get(lang, MONTHS["en"])[m - 1]
    return {
        "d Month Y": "%d %s %d" % (d, month, y),
        "d Mon Y": "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y),
        "Month d, Y": "%s %d, %d" % (month, d, y),
        "Mon d, Y": "%s %d, %d" % (MONTHS["en"][m - 1][:3], d, y),
        "dd/mm/Y": "%02d/%02d/%d" % (d, m, y),
        "mm/dd/Y": "%02d/%02d/%d" % (m, d, y),
        "Y-mm-dd": "%d-%02d-%02d" % (y, m, d),
        "dd.mm.Y": "%02d.%02d.%d" % (d, m, y),
        "d. Monat Y": "%d. %s %d" % (d, month, y),
        "d mois Y": "%d %s %d" % (d, month, y),
        "Y年m月d日": "%d年%d月%d日" % (y, m, d),
        "Y/mm/dd": "%d/%02d/%02d" % (y, m, d),
    }[form]


def add_days(date, n):
    import datetime
    t = datetime.date(*date) + datetime.timedelta(days=n)
    return (t.year, t.month, t.day)


def make_case(rng, lang, layout, producer, index):
    L = LANGS[lang]
    title, printed_name, declared_name = rng.choice(L["people"])
    lines, declared_addr = rng.choice(L["addresses"])
    us = lang == "en" and lines[-1][-5:].isdigit()
    forms = L["us_forms"] if us else L["forms"]
    form = rng.choice(forms)
    date = (2026, rng.randint(1, 11), rng.randint(1, 28))
    period_start = add_days(date, -rng.randint(30, 40))
    period_end = add_days(date, -rng.randint(1, 5))
    due = add_days(date, rng.randint(14, 25))
    tx = sorted(add_days(period_start, rng.randint(0, 25)) for _ in range(3))
    if lang == "zh":
        addressee = printed_name + " " + title
    elif lang == "de" and rng.random() < 0.5:
        addressee = [title, printed_name]  # "Herrn" on a line of its own
    else:
        addressee = title + " " + printed_name
    f = lambda d: fmt(d, form, lang)
    return {
        "id": "%s-%s-%s-%d" % (producer, lang, layout, index),
        "lang": lang, "layout": layout, "producer": producer,
        "sender": rng.choice(L["senders"]), "title": rng.choice(L["titles"]),
        "addressee": addressee if isinstance(addressee, list) else [addressee],
        "address": lines,
        "label": rng.choice(L["labels"]), "date_text": f(date),
        "meta": [(L["account"], "%d %04d %04d" % (rng.randint(10, 99), rng.randint(0, 9999), rng.randint(0, 9999)))],
        "period": "%s %s %s %s" % (L["period"], f(period_start), L["to"], f(period_end)),
        "due": (L["due"], f(due)), "amount": (L["amount"], "%d,%02d" % (rng.randint(20, 400), rng.randint(0, 99))),
        "rows": [(f(t), rng.choice(L["desc"]), "%d.%02d" % (rng.randint(5, 300), rng.randint(0, 99))) for t in tx],
        "table": L["table"], "page": L["page"],
        "want": {"name": declared_name, "address": declared_addr, "printed_address": ", ".join(lines), "date": "%04d-%02d-%02d" % date, "month_first": us},
    }


def main():
    seed, producers, layouts = int(sys.argv[1]), sys.argv[2].split(","), ["letter", "right", "grid"]
    rng = random.Random(seed)
    cases = []
    for producer in producers:
        i = 0
        for lang in ["en", "en", "en", "de", "de", "fr", "fr", "zh", "zh", "zh"]:
            cases.append(make_case(rng, lang, layouts[i % 3], producer, i))
            i += 1
    json.dump(cases, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
