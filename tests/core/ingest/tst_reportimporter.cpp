#include "TestFiles.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "jobs/ImportWorker.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace rs;

namespace {

const QString seedDir = QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds");

QString readSeed(const QString& prefix)
{
    const QStringList files = QDir(seedDir).entryList({prefix + QStringLiteral("_*.txt")});
    QFile file(seedDir + QLatin1Char('/') + files.value(0));
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

QByteArray encode(const QString& text, const char* charset)
{
    UErrorCode status = U_ZERO_ERROR;
    QByteArray out(int(text.size()) * 4 + 16, Qt::Uninitialized);
    const int32_t length =
        ucnv_convert(charset, "UTF-16LE", out.data(), int32_t(out.size()),
                     reinterpret_cast<const char*>(text.utf16()), int32_t(text.size() * 2), &status);
    out.resize(U_SUCCESS(status) ? length : 0);
    return out;
}

} // namespace

// The importer end to end on real seed text in every supported encoding and form.
class TestReportImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& relative, const QByteArray& bytes)
    {
        return writeTestFile(m_dir.path(), relative, bytes);
    }

private Q_SLOTS:
    void importsEveryEncodingToTheSameArticle_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = readSeed(QStringLiteral("003"));
        QTest::newRow("UTF-8") << text.toUtf8();
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QTest::newRow("GB18030") << encode(text, "GB18030");
        QByteArray utf16le("\xFF\xFE", 2);
        utf16le += QByteArray(reinterpret_cast<const char*>(text.utf16()), int(text.size() * 2));
        QTest::newRow("UTF-16LE with BOM") << utf16le;
        QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF", 2) + encode(text, "UTF-16BE");
    }

    void importsEveryEncodingToTheSameArticle()
    {
        QFETCH(QByteArray, bytes);
        Database db;
        QVERIFY(db.openSqlite(
            m_dir.filePath(QStringLiteral("enc-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())))));
        ArticleStore store(db);
        const ImportPipeline pipeline(Gazetteer::builtin());
        ReportImporter importer(store, pipeline);
        const ImportOutcome outcome = importer.importFile(write(QStringLiteral("enc/report.txt"), bytes));
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.reason));
        StoredArticle article;
        QVERIFY(store.load(outcome.articleId, &article));
        QCOMPARE(article.title, QStringLiteral("蓬江:党建引领促发展,擎旗奋进开新局"));
        QCOMPARE(article.regionCode, QStringLiteral("440703"));
        QVERIFY(article.body.contains(QStringLiteral("“蓬江夜校”经济专题培训")));
    }

    void importsHtmlAndPastedText()
    {
        Database db;
        QVERIFY(db.openSqlite(m_dir.filePath(QStringLiteral("forms.sqlite"))));
        ArticleStore store(db);
        const ImportPipeline pipeline(Gazetteer::builtin());
        ReportImporter importer(store, pipeline);

        const QByteArray html =
            QStringLiteral(
                "<html><head><meta charset=\"utf-8\"><title>湘桥区人才工作 - 某某网</title></head><body>"
                "<div class=\"nav\">首页 &gt; 工作动态</div><article><h1>湘桥区召开人才工作会议</h1>"
                "<p class=\"info\">发布时间:2023-04-24 来源:潮州日报</p>"
                "<p>湘桥区全年引进博士45人,发放人才补贴&nbsp;近1.5亿元。</"
                "p><p>会议强调,要持续优化人才服务。</p>"
                "</article><div class=\"footer\">版权所有 © 某某网</div></body></html>")
                .toUtf8();
        const ImportOutcome fromHtml = importer.importFile(write(QStringLiteral("page.html"), html));
        QVERIFY2(fromHtml.status == ImportOutcome::Status::Imported, qPrintable(fromHtml.reason));
        StoredArticle article;
        QVERIFY(store.load(fromHtml.articleId, &article));
        QCOMPARE(article.title, QStringLiteral("湘桥区召开人才工作会议"));
        QCOMPARE(article.metadata.publishedOn, QDate(2023, 4, 24));
        QCOMPARE(article.regionCode, QStringLiteral("445102"));
        QVERIFY(article.wasHtml);
        QVERIFY(!article.body.contains(QStringLiteral("首页")));
        QVERIFY(!article.body.contains(QStringLiteral("版权所有")));

        const ImportOutcome pasted =
            importer.importText(readSeed(QStringLiteral("004")), QStringLiteral("pasted text"));
        QCOMPARE(int(pasted.status), int(ImportOutcome::Status::Imported));
        QVERIFY(store.load(pasted.articleId, &article));
        QVERIFY(article.regionCode.startsWith(QStringLiteral("3304")));
        QCOMPARE(article.filePath, QStringLiteral("pasted text"));
        const ImportOutcome again =
            importer.importText(readSeed(QStringLiteral("004")), QStringLiteral("again"));
        QCOMPARE(int(again.status), int(ImportOutcome::Status::Duplicate));
        QCOMPARE(again.articleId, pasted.articleId);
        QCOMPARE(int(importer.importText(QStringLiteral("  \n "), QStringLiteral("blank")).status),
                 int(ImportOutcome::Status::Failed));
    }

    void plansFoldersRecursively()
    {
        write(QStringLiteral("tree/a/one.txt"), "一");
        write(QStringLiteral("tree/a/b/two.HTML"), "二");
        write(QStringLiteral("tree/a/b/notes.xlsx"), "x"); // not a report (.docx is one now)
        write(QStringLiteral("tree/c/three.htm"), "三");
        const ReportImporter::Plan plan = ReportImporter::plan(
            {m_dir.filePath(QStringLiteral("tree")), m_dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(plan.files.size(), 3);
        QVERIFY(plan.files.first().endsWith(QStringLiteral("a/b/two.HTML")));
        QCOMPARE(plan.failures.size(), 1);
        QVERIFY(plan.failures.first().reason.contains(QStringLiteral("no such file")));
    }

    void workerReportsProgressAndCanBeCancelled()
    {
        for (int i = 0; i < 40; ++i)
            write(QStringLiteral("many/r%1.txt").arg(i, 2, 10, QLatin1Char('0')),
                  QStringLiteral("湘桥区第%1号报告\n\n湘桥区引进博士%1人。").arg(i).toUtf8());
        const QString dbPath = m_dir.filePath(QStringLiteral("worker.sqlite"));
        {
            ImportWorker worker(dbPath, {m_dir.filePath(QStringLiteral("many"))});
            QSignalSpy progress(&worker, &ImportWorker::progress);
            QSignalSpy finished(&worker, &ImportWorker::finished);
            // Cancel from the first progress report: the file in progress completes, the rest is skipped.
            connect(&worker, &ImportWorker::fileDone, &worker, [&worker] { worker.cancel(); });
            worker.run();
            QCOMPARE(finished.count(), 1);
            const auto summary = finished.first().first().value<ImportSummary>();
            QVERIFY(summary.cancelled);
            QCOMPARE(summary.imported, 1);
            QVERIFY(progress.count() >= 1);
        }
        ImportWorker rest(dbPath, {m_dir.filePath(QStringLiteral("many"))});
        QSignalSpy finished(&rest, &ImportWorker::finished);
        rest.run();
        const auto summary = finished.first().first().value<ImportSummary>();
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.imported, 39);
        QCOMPARE(summary.duplicates, 1);
    }
};

QTEST_GUILESS_MAIN(TestReportImporter)
#include "tst_reportimporter.moc"
