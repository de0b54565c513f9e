#include "ingest/TextDecoder.h"

#include <QFile>
#include <QTest>

#include <unicode/ucnv.h>

using rs::TextDecoder;

namespace {

QString seedText()
{
    QFile f(QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds/002_14309619b7b81944.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Encodes with ICU so the test does not depend on the decoder it checks.
QByteArray encode(const QString& text, const char* charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(charset, &status);
    if (U_FAILURE(status))
        return {};
    QByteArray out(int(text.size()) * 4 + 16, Qt::Uninitialized);
    const int32_t n =
        ucnv_fromUChars(conv, out.data(), int32_t(out.size()), reinterpret_cast<const UChar*>(text.utf16()),
                        int32_t(text.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return {};
    out.truncate(n);
    return out;
}

} // namespace

class TstTextDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decodesEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = seedText();
        QVERIFY(!text.isEmpty());
        QTest::newRow("utf-8") << text.toUtf8() << "UTF-8";
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8";
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + encode(text, "UTF-16LE") << "UTF-16LE";
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + encode(text, "UTF-16BE") << "UTF-16BE";
        QTest::newRow("gb18030") << encode(text, "GB18030") << "GB18030";
        QTest::newRow("gbk") << encode(text, "GBK") << "GB18030";
    }
    void decodesEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QVERIFY(!bytes.isEmpty());
        const TextDecoder::Result r = TextDecoder::decode(bytes);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.text, seedText());
        QVERIFY(!r.text.startsWith(QChar(0xFEFF)));
    }

    void utf16WithoutBom()
    {
        const QString text =
            QStringLiteral("潮州湘桥:“678”引才工作法 聚特色产业人才\n近年来,湘桥区实施人才强区战略。");
        const TextDecoder::Result r = TextDecoder::decode(encode(text, "UTF-16LE"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(r.text, text);
    }

    void declaredCharsetIsUsedForNonUtf8()
    {
        const QString text = QStringLiteral("湘桥区出台系列人才培育方案。");
        const TextDecoder::Result r = TextDecoder::decode(encode(text, "GBK"), "gb2312");
        QVERIFY(r.ok);
        QCOMPARE(r.encoding, QStringLiteral("GB18030"));
        QCOMPARE(r.text, text);
        // Valid UTF-8 wins over a wrong declaration.
        const TextDecoder::Result utf8 = TextDecoder::decode(text.toUtf8(), "gbk");
        QCOMPARE(utf8.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(utf8.text, text);
    }

    void traditionalCharactersKeptAsWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("臺灣經濟發展與區域協調,繁體字照原樣保留。");
        QTest::newRow("utf-8") << text.toUtf8();
        QTest::newRow("gb18030") << encode(text, "GB18030");
        QTest::newRow("utf-16le") << QByteArray("\xFF\xFE") + encode(text, "UTF-16LE");
    }
    void traditionalCharactersKeptAsWritten()
    {
        QFETCH(QByteArray, bytes);
        const TextDecoder::Result r = TextDecoder::decode(bytes);
        QVERIFY(r.ok);
        QCOMPARE(r.text, QStringLiteral("臺灣經濟發展與區域協調,繁體字照原樣保留。"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << "empty file";
        QTest::newRow("whitespace") << QByteArray(" \n\t\r\n  ") << "empty file";
        QTest::newRow("full-width spaces") << QStringLiteral("\u3000\u3000\n\u00A0").toUtf8() << "empty file";
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF\n") << "empty file";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "binary data (PNG image)";
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << "binary data (JPEG image)";
        QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0", 10) << "binary data (GIF image)";
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << "binary data (PDF document)";
        QTest::newRow("zip/docx") << QByteArray("PK\x03\x04\x14\0\x06\0", 8)
                                  << "binary data (ZIP archive or Office document)";
        QTest::newRow("elf") << QByteArray("\x7F"
                                           "ELF\x02\x01\x01\0",
                                           8)
                             << "binary data (ELF executable)";
        QTest::newRow("nul bytes") << QByteArray("abc\0\x01\x02\x03\0\0\xFF\xFE\x7F\0defgh\0\0\0\x01", 22)
                                   << "binary data";
        QByteArray garbage;
        for (int i = 0; i < 400; ++i)
            garbage += char(i % 3 == 0 ? 0x80 : (i % 3 == 1 ? 0xFF : 0x07));
        QTest::newRow("undecodable") << garbage << "undecodable bytes (not UTF-8, GB18030 or UTF-16)";
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const TextDecoder::Result r = TextDecoder::decode(bytes);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, error);
        QVERIFY(r.text.isEmpty());
    }

    void garbageRatio()
    {
        QCOMPARE(TextDecoder::garbageRatio(QStringLiteral("正常的文本。")), 0.0);
        QCOMPARE(TextDecoder::garbageRatio(QStringLiteral("\uFFFD\uFFFDab")), 0.5);
        QCOMPARE(TextDecoder::garbageRatio(QStringLiteral("a\x01")), 0.5);
    }
};

QTEST_GUILESS_MAIN(TstTextDecoder)
#include "tst_textdecoder.moc"
