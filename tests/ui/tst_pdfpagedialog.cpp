#include "PdfPageDialog.h"
#include "ReaderPane.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ReportParser.h"

#include <QFile>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>

using namespace rs;

// A PDF report in the reader: page markers where pages begin, and the page dialog that "Open Original
// at This Page" shows.
class TestPdfPageDialog : public QObject
{
    Q_OBJECT

    QByteArray m_pdf;
    StoredArticle m_article;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/ingest/pdf/two-column.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_pdf = file.readAll();
        const ReportParser::Result parsed = ReportParser().parse(m_pdf, QStringLiteral("two-column.pdf"));
        QVERIFY(parsed.ok);
        m_article.id = 1;
        m_article.title = parsed.report.metadata.title;
        m_article.body = parsed.report.body;
        m_article.paragraphs = parsed.report.paragraphs;
        m_article.format = parsed.report.format;
    }

    void readerMarksWherePagesBegin()
    {
        ReaderPane reader(Gazetteer::builtin());
        reader.showArticle(m_article, {});
        const QString shown = reader.textView()->toPlainText();
        const int lastPage = m_article.paragraphs.last().page;
        for (int page = 1; page <= lastPage; ++page)
            QCOMPARE(shown.count(QStringLiteral("p. %1 ").arg(page)), 1);
        // The markers are outside the body: offsets still map to the stored text.
        const Paragraph& last = m_article.paragraphs.last();
        QCOMPARE(reader.bodyOffset(reader.documentPosition(last.start)), last.start);
    }

    void dialogShowsAndTurnsPages()
    {
        const Paragraph& last = m_article.paragraphs.last();
        PdfPageDialog dialog(m_pdf, last.page, m_article.body.mid(last.start, last.end - last.start),
                             m_article.title);
        QCOMPARE(dialog.page(), last.page);
        QVERIFY(dialog.showPage(1));
        QCOMPARE(dialog.page(), 1);
        QVERIFY(!dialog.showPage(last.page + 1)); // past the end: stays, says why
        QCOMPARE(dialog.page(), 1);
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        const bool explained = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
            return l->text().contains(QStringLiteral("has no page"));
        });
        QVERIFY(explained);
    }
};

QTEST_MAIN(TestPdfPageDialog)
#include "tst_pdfpagedialog.moc"
