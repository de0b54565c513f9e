#include "ImportFixture.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "ingest/ReportRecleaner.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/MetricStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {

const QString dataDir = QStringLiteral(REGIONSCOPE_TEST_DATA_DIR "/ingest");

} // namespace

// PDF, Word and saved WeChat pages through the importer into a database, as Import Folder and the
// CLI run them: outcomes and reasons, per-format counts, metadata, region, figures, stored pages,
// and cleaning the stored original again.
class TestFormatImport : public QObject
{
    Q_OBJECT

    ImportFixture m_import;
    QHash<QString, ImportOutcome> m_outcomes; // by file name
    ImportSummary m_summary;

    StoredArticle load(const QString& file)
    {
        StoredArticle article;
        const ImportOutcome outcome = m_outcomes.value(file);
        if (outcome.status == ImportOutcome::Status::Imported ||
            outcome.status == ImportOutcome::Status::Duplicate)
            m_import.store->load(outcome.articleId, &article);
        return article;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_import.open(QStringLiteral("formats.sqlite")));
        ReportImporter importer(*m_import.store, *m_import.pipeline);
        const ReportImporter::Plan plan =
            ReportImporter::plan({dataDir + QStringLiteral("/pdf"), dataDir + QStringLiteral("/docx"),
                                  dataDir + QStringLiteral("/wechat")});
        QVERIFY(plan.failures.isEmpty());
        QCOMPARE(plan.files.size(), 12);
        importer.importFiles(
            plan.files, [](int) { return true; },
            [this](const ImportOutcome& outcome) {
                m_outcomes.insert(QFileInfo(outcome.path).fileName(), outcome);
                m_summary.add(outcome);
            });
    }

    void outcomesAndReasons()
    {
        QCOMPARE(m_outcomes.value(QStringLiteral("scanned.pdf")).reason,
                 QStringLiteral("scanned PDF: no text layer"));
        QCOMPARE(m_outcomes.value(QStringLiteral("encrypted-user.pdf")).reason,
                 QStringLiteral("encrypted PDF: a password is needed to open it"));
        QVERIFY(m_outcomes.value(QStringLiteral("deleted.html"))
                    .reason.contains(QStringLiteral("已被发布者删除")));
        QVERIFY(
            m_outcomes.value(QStringLiteral("blocked.html")).reason.contains(QStringLiteral("违规无法查看")));
        // The owner-password copy reads as the same report as the plain file.
        QCOMPARE(int(m_outcomes.value(QStringLiteral("encrypted-owner.pdf")).status),
                 int(ImportOutcome::Status::Imported));
        QCOMPARE(int(m_outcomes.value(QStringLiteral("single-column.pdf")).status),
                 int(ImportOutcome::Status::Duplicate));
        QCOMPARE(m_summary.imported, 7);
        QCOMPARE(m_summary.duplicates, 1);
        QCOMPARE(m_summary.failed, 4);
        QCOMPARE(m_summary.formatCounts(), QStringLiteral("1 docx, 4 pdf, 2 wechat"));
    }

    void metadataRegionAndFigures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("format");
        QTest::newRow("single column")
            << QStringLiteral("single-column.pdf") << QStringLiteral("香洲区举办2023年基层党务工作者培训班")
            << QDate(2023, 5, 18) << QStringLiteral("香洲区委组织部") << QStringLiteral("440402")
            << QStringLiteral("pdf");
        QTest::newRow("official") << QStringLiteral("official-notice.pdf")
                                  << QStringLiteral("关于开展2023年度村（社区）党组织书记轮训的通知")
                                  << QDate(2023, 4, 24) << QStringLiteral("中共珠海市金湾区委组织部")
                                  << QStringLiteral("440404") << QStringLiteral("pdf");
        // No date in the text: the PDF's CreationDate (the day the fixture was generated).
        QTest::newRow("table") << QStringLiteral("table.pdf") << QStringLiteral("斗门区人才引进工作情况通报")
                               << QDate(2026, 12, 5) << QString() << QStringLiteral("440403")
                               << QStringLiteral("pdf");
        QTest::newRow("wechat") << QStringLiteral("original.html")
                                << QStringLiteral("金湾区：以“头雁工程”锻造过硬村社书记队伍")
                                << QDate(2023, 5, 16) << QStringLiteral("金湾区委组织部")
                                << QStringLiteral("440404") << QStringLiteral("wechat");
        QTest::newRow("docx") << QStringLiteral("report.docx") << QStringLiteral("高新区人才工作情况汇报")
                              << QDate(2023, 3, 1) << QString() << QString() << QStringLiteral("docx");
    }

    void metadataRegionAndFigures()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QDate, date);
        QFETCH(QString, source);
        QFETCH(QString, region);
        QFETCH(QString, format);
        const StoredArticle article = load(file);
        QVERIFY2(article.id > 0, qPrintable(m_outcomes.value(file).reason));
        QCOMPARE(article.title, title);
        QCOMPARE(article.metadata.publishedOn, date);
        if (!source.isEmpty())
            QCOMPARE(article.metadata.source, source);
        if (!region.isEmpty())
            QCOMPARE(article.regionCode, region);
        QCOMPARE(article.format, format);
        QVERIFY(!MetricStore(m_import.db).machineRows(article.id).isEmpty());
    }

    void pagesAreStored()
    {
        const StoredArticle article = load(QStringLiteral("two-column.pdf"));
        QVERIFY(article.id > 0);
        QCOMPARE(article.paragraphs.first().page, 1);
        QVERIFY(article.paragraphs.last().page >= 3);
        for (int i = 1; i < article.paragraphs.size(); ++i)
            QVERIFY(article.paragraphs[i].page >= article.paragraphs[i - 1].page);
        const StoredArticle web = load(QStringLiteral("original.html"));
        for (const Paragraph& p : web.paragraphs)
            QCOMPARE(p.page, 0);
    }

    void cleaningAgainKeepsTheText()
    {
        ReportRecleaner recleaner(m_import.db, *m_import.pipeline);
        for (const QString& file : {QStringLiteral("two-column.pdf"), QStringLiteral("report.docx"),
                                    QStringLiteral("original.html")}) {
            const ReportRecleaner::Result r = recleaner.reclean(m_outcomes.value(file).articleId);
            QVERIFY2(r.outcome == ReportRecleaner::Outcome::Unchanged, qPrintable(file + r.error));
        }
    }

    void savedPageFoldersAreNotReports()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(dataDir + QStringLiteral("/wechat/original.html"),
                            dir.filePath(QStringLiteral("a.html"))));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a_files")));
        QFile frame(dir.filePath(QStringLiteral("a_files/frame.html")));
        QVERIFY(frame.open(QIODevice::WriteOnly));
        frame.write("<html><body>frame</body></html>");
        frame.close();
        const ReportImporter::Plan plan = ReportImporter::plan({dir.path()});
        QCOMPARE(plan.files, QStringList{dir.filePath(QStringLiteral("a.html"))});
    }
};

QTEST_MAIN(TestFormatImport)
#include "tst_formatimport.moc"
