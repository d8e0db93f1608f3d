import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

def statement(path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Statement")
    rows = [("2026-10-%02d" % (d % 28 + 1), "CARD PAYMENT SUPERMARKET %d" % d, "-%d.%02d" % (d * 7 % 90 + 3, d * 13 % 100), "%d.%02d" % (2400 - d * 9, d * 31 % 100)) for d in range(90)]
    for page in range(3):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(56, 790, "Northbank plc  Current account statement")
        c.setFont("Helvetica", 10)
        y = 760
        if page == 0:
            for l in ["Mr John A. Smith", "12 Station Road", "Flat 3", "Leeds LS1 4AB", "", "Statement date: 31 October 2026", "Account number 12345678  Sort code 20-00-00"]:
                c.drawString(56, y, l); y -= 14
        c.drawString(480, 790, "Page %d of 3" % (page + 1))
        y -= 10
        c.setFont("Helvetica-Bold", 9)
        for x, h in zip([56, 130, 380, 470], ["Date", "Description", "Amount", "Balance"]):
            c.drawString(x, y, h)
        y -= 14
        c.setFont("Helvetica", 9)
        for r in rows[page * 30:(page + 1) * 30]:
            c.drawString(56, y, r[0]); c.drawString(130, y, r[1]); c.drawRightString(420, y, r[2]); c.drawRightString(520, y, r[3])
            y -= 13
        c.showPage()
    c.save()

def ttf(path):
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setFont("DejaVu", 11)
    y = 780
    for l in ["Kontoauszug Nr. 10/2026", "Frau Jürgen Müßig-Öztürk", "Königstraße 12, 80331 München",
              "Datum: 31. Oktober 2026", "Überweisung an Bäckerei Größe: 12,50 €", "",
              "Relevé de compte n° 10", "Madame Hélène Dupré-Bézier", "7, rue de l’Église, 75005 Paris",
              "Date : 31 octobre 2026", "Électricité, garçon, œuvre, naïve, à côté"]:
        c.drawString(56, y, l); y -= 16
    c.showPage(); c.save()

def cid(path):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    y = 780
    c.setFont("STSong-Light", 12)
    for l in ["银行对账单", "客户：张伟先生", "地址：北京市朝阳区建国路88号", "日期：2026年10月31日"]:
        c.drawString(56, y, l); y -= 18
    c.setFont("WQY", 12)
    for l in ["账户余额：人民币 12,345.67 元", "上海市浦东新区世纪大道100号", "東京都千代田区丸の内1丁目", "서울특별시 중구 세종대로 110"]:
        c.drawString(56, y, l); y -= 18
    c.showPage(); c.save()

statement("reportlab-statement-en.pdf")
ttf("reportlab-ttf-de-fr.pdf")
cid("reportlab-cid-zh.pdf")
