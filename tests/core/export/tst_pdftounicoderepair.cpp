#include "export/PdfToUnicodeRepair.h"
#include "util/CjkRadicals.h"

#include <QTest>

using namespace rs;

// The ToUnicode rewrite on CMaps in the forms Qt writes: arrays, ranges and single characters.
class TstPdfToUnicodeRepair : public QObject
{
    Q_OBJECT
private slots:
    void radicalsStandForIdeographs()
    {
        QCOMPARE(CjkRadicals::unifiedIdeograph(0x2F08), char32_t(0x4EBA)); // ⼈ → 人
        QCOMPARE(CjkRadicals::unifiedIdeograph(0x2F50), char32_t(0x6BD4)); // ⽐ → 比
        QCOMPARE(CjkRadicals::unifiedIdeograph(0x2ED3), char32_t(0x957F)); // ⻓ → 长
        QCOMPARE(CjkRadicals::unifiedIdeograph(0x4EBA), char32_t(0x4EBA));
        QCOMPARE(CjkRadicals::unifiedIdeograph(U'A'), char32_t(U'A'));
    }

    void arrayEntriesAreRewritten()
    {
        const QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                                "2 beginbfrange\n<0000> <0000> <0000>\n"
                                "<0001> <0003> [<2F08> <624D> <2F50> ]\nendbfrange\nendcmap\n";
        const QByteArray repaired = PdfToUnicodeRepair::repairCMap(cmap);
        QVERIFY(repaired.contains("<0001> <4EBA>"));
        QVERIFY(repaired.contains("<0002> <624D>"));
        QVERIFY(repaired.contains("<0003> <6BD4>"));
        QVERIFY(!repaired.contains("2F08"));
        QVERIFY(repaired.startsWith("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"));
        QVERIFY(repaired.endsWith("endbfchar\nendcmap\n"));
    }

    void rangesAndCharactersAreRewritten()
    {
        const QByteArray cmap = "begincmap\n1 beginbfchar\n<0005> <2ED3>\nendbfchar\n"
                                "1 beginbfrange\n<0010> <0011> <2F08>\nendbfrange\nendcmap";
        const QByteArray repaired = PdfToUnicodeRepair::repairCMap(cmap);
        QVERIFY(repaired.contains("<0005> <957F>"));
        QVERIFY(repaired.contains("<0010> <4EBA>"));
        QVERIFY(repaired.contains("<0011> <513F>")); // ⼉ U+2F09 → 儿
    }

    void mapsWithoutRadicalsStayAsTheyAre()
    {
        const QByteArray cmap =
            "begincmap\n1 beginbfrange\n<0001> <0002> [<4EBA> <624D> ]\nendbfrange\nendcmap";
        QCOMPARE(PdfToUnicodeRepair::repairCMap(cmap), cmap);
        const QByteArray pdf = "%PDF-1.4\n1 0 obj\n<< /Length 10 >>\nstream\n0123456789\nendstream\nendobj\n";
        QCOMPARE(PdfToUnicodeRepair::repair(pdf), pdf);
    }

    void lengthAndCrossReferencesFollowTheChange()
    {
        const QByteArray cmap = "begincmap\n1 beginbfrange\n<0001> <0001> [<2F08> ]\nendbfrange\nendcmap";
        QByteArray pdf = "%PDF-1.4\n";
        const qsizetype first = pdf.size();
        pdf += "1 0 obj\n<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap +
               "\nendstream\nendobj\n";
        const qsizetype second = pdf.size();
        pdf += "2 0 obj\n<< /Type /Catalog >>\nendobj\n";
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 3\n0000000000 65535 f \n" + QByteArray::number(first).rightJustified(10, '0') +
               " 00000 n \n" + QByteArray::number(second).rightJustified(10, '0') +
               " 00000 n \ntrailer\n<< /Size 3 /Root 2 0 R >>\n" + "startxref\n" + QByteArray::number(xref) +
               "\n%%EOF\n";
        const QByteArray repaired = PdfToUnicodeRepair::repair(pdf);
        QVERIFY(repaired.contains("<0001> <4EBA>"));
        const qsizetype newSecond = repaired.indexOf("2 0 obj");
        QVERIFY(repaired.contains(QByteArray::number(newSecond).rightJustified(10, '0') + " 00000 n"));
        const qsizetype newXref = repaired.indexOf("xref\n0 3");
        QVERIFY(repaired.contains("startxref\n" + QByteArray::number(newXref) + "\n"));
        const qsizetype streamStart = repaired.indexOf("stream\n") + 7;
        const qsizetype streamEnd = repaired.indexOf("\nendstream");
        QVERIFY(repaired.contains("/Length " + QByteArray::number(streamEnd - streamStart) + " >>"));
    }
};

QTEST_GUILESS_MAIN(TstPdfToUnicodeRepair)
#include "tst_pdftounicoderepair.moc"
