#include "ImportFixture.h"
// Edit Details: the analyst's title, date and source are kept apart from what was detected, undo brings
// the detection back, and cleaning a report again keeps the analyst's word.
#include "gazetteer/Gazetteer.h"
#include "ingest/ArticleRewriter.h"
#include "ingest/ImportPipeline.h"
#include "models/ReportDetailsCommand.h"
#include "storage/ArticleDetailsStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rs;

class TstReportDetails : public QObject
{
    Q_OBJECT

    ImportFixture m_import;
    qint64 m_guessedId = 0;

    StoredArticle load(qint64 id)
    {
        StoredArticle article;
        m_import.store->load(id, &article);
        return article;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_import.open(QStringLiteral("details.sqlite")));
        const ImportPipeline::Result prepared = m_import.pipeline->prepareText(
            QStringLiteral(
                "香洲区今年引进博士45人，发放人才补贴近1.5亿元。\n区委组织部将持续优化人才服务。\n"),
            QStringLiteral("pasted"));
        QVERIFY(prepared.ok);
        const ArticleStore::InsertResult inserted = m_import.store->insert(prepared.article);
        QCOMPARE(inserted.status, ArticleStore::InsertStatus::Inserted);
        m_guessedId = inserted.id;
    }

    void guessedTitleIsStoredAsGuessed()
    {
        const StoredArticle article = load(m_guessedId);
        QCOMPARE(article.title, QStringLiteral("香洲区今年引进博士45人，发放人才补贴近1.5亿元"));
        QVERIFY(article.metadata.titleGuessed);
        QVERIFY(!article.titleEdited);
    }

    void editUndoRedo()
    {
        ArticleDetailsStore details(m_import.db);
        ReportDetails before;
        ReportDetails detected;
        QVERIFY(details.details(m_guessedId, &before, &detected));
        QVERIFY(before.sameValues(detected));

        ReportDetails after = before;
        after.title = QStringLiteral("香洲区人才工作简报");
        after.publishedOn = QDate(2023, 5, 6);
        int applied = 0;
        QString failure;
        QUndoStack stack;
        stack.push(
            new ReportDetailsCommand(details, m_guessedId, before, after, QStringLiteral("王分析"),
                                     {[&](qint64) { ++applied; }, [&](const QString& r) { failure = r; }}));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(applied, 1);
        StoredArticle article = load(m_guessedId);
        QCOMPARE(article.title, QStringLiteral("香洲区人才工作简报"));
        QCOMPARE(article.metadata.publishedOn, QDate(2023, 5, 6));
        QVERIFY(!article.metadata.titleGuessed);
        QVERIFY(article.titleEdited);
        QVERIFY(article.dateEdited);
        QVERIFY(!article.sourceEdited);
        // The list and the search see the analyst's title.
        QCOMPARE(m_import.store->all().first().title, QStringLiteral("香洲区人才工作简报"));

        stack.undo();
        article = load(m_guessedId);
        QCOMPARE(article.title, QStringLiteral("香洲区今年引进博士45人，发放人才补贴近1.5亿元"));
        QVERIFY(!article.metadata.publishedOn.isValid());
        QVERIFY(article.metadata.titleGuessed);
        QVERIFY(!article.titleEdited && !article.dateEdited);

        stack.redo();
        QCOMPARE(load(m_guessedId).title, QStringLiteral("香洲区人才工作简报"));
        QCOMPARE(applied, 3);
    }

    void anEmptyTitleIsRefused()
    {
        ArticleDetailsStore details(m_import.db);
        ReportDetails wanted;
        wanted.title = QStringLiteral("  ");
        QString error;
        QVERIFY(!details.setDetails(m_guessedId, wanted, QString(), &error));
        QCOMPARE(error, QStringLiteral("a report needs a title"));
        QCOMPARE(load(m_guessedId).title, QStringLiteral("香洲区人才工作简报"));
    }

    void cleaningAgainKeepsTheEdit()
    {
        // Cleaning improved: detection now finds a source. The edited title and date stay; the newly
        // detected source comes through because the analyst never set one.
        ImportPipeline::Result recleaned = m_import.pipeline->prepareText(
            QStringLiteral("香洲区今年引进博士45人，发放人才补贴近1.5亿元。\n区委组织部将持续优化人才服务。\n"
                           "来源：珠海特区报\n"),
            QStringLiteral("pasted"));
        QVERIFY(recleaned.ok);
        QCOMPARE(recleaned.article.report.metadata.source, QStringLiteral("珠海特区报"));
        ArticleRewriter rewriter(m_import.db);
        ReanchorSummary summary;
        QString error;
        QVERIFY2(rewriter.replace(m_guessedId, recleaned.article, &summary, &error), qPrintable(error));
        const StoredArticle article = load(m_guessedId);
        QCOMPARE(article.title, QStringLiteral("香洲区人才工作简报"));
        QCOMPARE(article.metadata.publishedOn, QDate(2023, 5, 6));
        QCOMPARE(article.metadata.source, QStringLiteral("珠海特区报"));
        QVERIFY(article.titleEdited);

        // Setting every field back to the detection removes the edit altogether.
        ArticleDetailsStore details(m_import.db);
        ReportDetails current;
        ReportDetails detected;
        QVERIFY(details.details(m_guessedId, &current, &detected));
        QCOMPARE(detected.source, QStringLiteral("珠海特区报"));
        QVERIFY(details.setDetails(m_guessedId, detected, QString()));
        const StoredArticle restored = load(m_guessedId);
        QVERIFY(!restored.titleEdited && !restored.dateEdited && !restored.sourceEdited);
        QVERIFY(restored.metadata.titleGuessed);
    }

    void aSourceCanBeSetToNone()
    {
        ArticleDetailsStore details(m_import.db);
        ReportDetails current;
        QVERIFY(details.details(m_guessedId, &current, nullptr));
        current.source.clear();
        QVERIFY(details.setDetails(m_guessedId, current, QString()));
        const StoredArticle article = load(m_guessedId);
        QVERIFY(article.metadata.source.isEmpty());
        QVERIFY(article.sourceEdited);
    }
};

QTEST_GUILESS_MAIN(TstReportDetails)
#include "tst_reportdetails.moc"
