#include "AnnotatedReportFixture.h"
#include "annotations/AnnotationEditor.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ArticleRewriter.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportRecleaner.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

// When a stored report's body is replaced (cleaned again), its annotations follow the passage, and
// those whose passage is gone become orphans: none is deleted.
class TestReportRecleaner : public QObject
{
    Q_OBJECT

    AnnotatedReportFixture m_fixture;
    qint64 m_tag = 0;
    const QString m_body = QStringLiteral("全年发放人才政策补贴近1.5亿元，引进博士45人。\n"
                                          "区委组织部培训全区干部1万余人次。\n"
                                          "建成人才驿站12个，服务各类人才3000余人次。");

    qint64 annotate(const QString& quote)
    {
        const int start = int(m_body.indexOf(quote));
        return m_fixture.editor->annotate(m_fixture.article, m_body, start, start + int(quote.size()),
                                          {m_tag});
    }

    NewArticle articleWithBody(const QString& body)
    {
        NewArticle article;
        article.report.body = body;
        article.report.metadata.title = QStringLiteral("金湾区人才工作");
        article.report.paragraphs = {{0, int(body.size()), Paragraph::Kind::Text}};
        return article;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_fixture.reset(QStringLiteral("r.sqlite"), articleWithBody(m_body)));
        m_tag = m_fixture.editor->createTag(QStringLiteral("人才政策"));
    }

    void replacedBodyReanchorsEveryAnnotation()
    {
        const qint64 subsidy = annotate(QStringLiteral("发放人才政策补贴近1.5亿元"));
        const qint64 training = annotate(QStringLiteral("培训全区干部1万余人次"));
        const qint64 stations = annotate(QStringLiteral("建成人才驿站12个"));
        const QString lead = QStringLiteral("本报讯 记者从区委组织部获悉。\n");
        QString edited = lead + m_body;
        edited.replace(QStringLiteral("1万余人次"), QStringLiteral("1.2万余人次")); // edit inside a quote
        edited.remove(QStringLiteral("建成人才驿站12个，"));                        // a quote removed

        ReanchorSummary summary;
        ArticleRewriter rewriter(*m_fixture.db);
        QString error;
        QVERIFY2(rewriter.replace(m_fixture.article, articleWithBody(edited), &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.unchanged, 0);
        QCOMPARE(summary.moved, 2);
        QCOMPARE(summary.orphaned, 1);

        Annotation a;
        QVERIFY(m_fixture.store->annotation(subsidy, &a));
        QVERIFY(!a.orphaned);
        QCOMPARE(a.anchor.start, int(edited.indexOf(QStringLiteral("发放人才政策补贴"))));
        QCOMPARE(a.anchor.quote, QStringLiteral("发放人才政策补贴近1.5亿元"));
        QVERIFY(m_fixture.store->annotation(training, &a));
        QVERIFY(!a.orphaned);
        QCOMPARE(a.anchor.quote, QStringLiteral("培训全区干部1.2万余人次"));
        QVERIFY(m_fixture.store->annotation(stations, &a));
        QVERIFY(a.orphaned);
        QCOMPARE(a.anchor.quote, QStringLiteral("建成人才驿站12个")); // kept for the analyst to re-attach
        AnnotationFilter orphans;
        orphans.orphansOnly = true;
        QCOMPARE(m_fixture.store->find(orphans).size(), 1);

        StoredArticle stored;
        QVERIFY(ArticleStore(*m_fixture.db).load(m_fixture.article, &stored));
        QCOMPARE(stored.body, edited);
        // The index follows the new body.
        SearchIndex index(*m_fixture.db);
        QCOMPARE(index.count(QStringLiteral("本报讯")), 1);
        QCOMPARE(index.count(QStringLiteral("人才驿站")), 0);

        // Re-attaching fixes the orphan.
        const int start = int(edited.indexOf(QStringLiteral("服务各类人才")));
        QVERIFY(m_fixture.editor->reattach(stations, edited, start, start + 6));
        QVERIFY(m_fixture.store->find(orphans).isEmpty());
    }

    void failedReplacementChangesNothing()
    {
        annotate(QStringLiteral("引进博士45人"));
        ReanchorSummary summary;
        ArticleRewriter rewriter(*m_fixture.db);
        QString error;
        QVERIFY(!rewriter.replace(m_fixture.article + 100, articleWithBody(QStringLiteral("x")), &summary,
                                  &error));
        QVERIFY(error.contains(QString::number(m_fixture.article + 100)));
        QCOMPARE(m_fixture.store->allAnnotations().first().anchor.quote, QStringLiteral("引进博士45人"));
    }

    void recleaningUsesTheOriginalBytes()
    {
        const QString seed =
            QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds/001_05fc3587cf98a258.txt");
        QFile file(seed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const ImportPipeline pipeline(Gazetteer::builtin());
        ImportPipeline::Result prepared = pipeline.prepareBytes(bytes, seed);
        QVERIFY(prepared.ok);
        // Stored as an older, worse cleaning would have: a stray line of web boilerplate in front.
        NewArticle old = prepared.article;
        const QString junk = QStringLiteral("首页 > 新闻中心 > 正文\n");
        old.report.body = junk + old.report.body;
        for (Paragraph& paragraph : old.report.paragraphs) {
            paragraph.start += int(junk.size());
            paragraph.end += int(junk.size());
        }
        old.originalBytes = bytes;
        const qint64 id = ArticleStore(*m_fixture.db).insert(old).id;
        QVERIFY(id > 0);
        const QString quote = prepared.article.report.body.mid(40, 12);
        const int start = int(old.report.body.indexOf(quote));
        const qint64 annotation = m_fixture.editor->annotate(id, old.report.body, start, start + 12, {m_tag});

        ReportRecleaner recleaner(*m_fixture.db, pipeline);
        const ReportRecleaner::Result result = recleaner.reclean(id);
        QCOMPARE(int(result.outcome), int(ReportRecleaner::Outcome::Replaced));
        QCOMPARE(result.annotations.moved, 1);
        Annotation a;
        QVERIFY(m_fixture.store->annotation(annotation, &a));
        QCOMPARE(a.anchor.quote, quote);
        QCOMPARE(a.anchor.start, start - int(junk.size()));
        QCOMPARE(int(recleaner.reclean(id).outcome), int(ReportRecleaner::Outcome::Unchanged));
        QCOMPARE(int(recleaner.reclean(m_fixture.article).outcome),
                 int(ReportRecleaner::Outcome::Failed)); // no original
    }
};

QTEST_GUILESS_MAIN(TestReportRecleaner)
#include "tst_reportrecleaner.moc"
