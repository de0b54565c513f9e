#include "ImportFixture.h"
// Files a folder of real reports holds besides well-formed ones: each either imports with sensible
// fields or fails with a reason that says what is wrong, and a failure leaves the database unchanged.
#include "TestFiles.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

class TstOddFiles : public QObject
{
    Q_OBJECT

    ImportFixture m_import;

    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeTestFile(m_import.dir.path(), name, bytes);
    }

    ImportOutcome import(const QString& name, const QByteArray& bytes)
    {
        ReportImporter importer(*m_import.store, *m_import.pipeline);
        return importer.importFile(write(name, bytes));
    }

    // Everything a failed import could have touched: the reports and their stored parts.
    QString snapshot() const
    {
        QStringList parts;
        for (const ArticleSummary& a : m_import.store->all()) {
            StoredArticle article;
            m_import.store->load(a.id, &article);
            parts << QStringLiteral("%1:%2:%3:%4")
                         .arg(a.id)
                         .arg(article.title)
                         .arg(article.body.size())
                         .arg(article.paragraphs.size());
        }
        return parts.join(u'|');
    }

    StoredArticle imported(const ImportOutcome& outcome)
    {
        StoredArticle article;
        m_import.store->load(outcome.articleId, &article);
        return article;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_import.dir.isValid());
        QVERIFY(m_import.open(QStringLiteral("odd.sqlite")));
        // One ordinary report, so that "unchanged" means something.
        const ImportOutcome first =
            import(QStringLiteral("ordinary.txt"),
                   QStringLiteral("金湾区召开人才工作会议\n金湾区今年引进博士45人，发放人才补贴"
                                  "近1.5亿元。\n会议要求持续优化人才服务。\n")
                       .toUtf8());
        QVERIFY2(first.status == ImportOutcome::Status::Imported, qPrintable(first.reason));
    }

    void oneSentenceOnly()
    {
        const ImportOutcome outcome = import(QStringLiteral("one-line.txt"),
                                             QStringLiteral("斗门区今年培训村干部和群众800人次。").toUtf8());
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.reason));
        const StoredArticle article = imported(outcome);
        QCOMPARE(article.title, QStringLiteral("斗门区今年培训村干部和群众800人次"));
        QVERIFY(article.metadata.titleGuessed);
        QCOMPARE(article.body, QStringLiteral("斗门区今年培训村干部和群众800人次。"));
        QCOMPARE(article.regionCode, QStringLiteral("440403"));
        QVERIFY(!article.metadata.publishedOn.isValid());
        QVERIFY(article.metadata.source.isEmpty());
    }

    void oneMegabyteLine()
    {
        QString line = QStringLiteral("香洲区坚持把人才工作摆在突出位置，持续完善引才育才留才机制，");
        while (line.size() < 1024 * 1024 / 3)
            line += QStringLiteral("全区累计引进各类人才2.1万人，兑现人才补贴3.5亿元，");
        line += QStringLiteral("取得明显成效。");
        const ImportOutcome outcome = import(QStringLiteral("long-line.txt"), line.toUtf8());
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.reason));
        const StoredArticle article = imported(outcome);
        QVERIFY(article.metadata.titleGuessed);
        QVERIFY2(article.title.size() <= 41, qPrintable(article.title));
        QVERIFY(article.title.startsWith(QStringLiteral("香洲区坚持把人才工作摆在突出位置")));
        QCOMPARE(article.body.size(), line.size());
    }

    void titleOnlyFailsWithItsReason()
    {
        const QString before = snapshot();
        const ImportOutcome outcome =
            import(QStringLiteral("title-only.txt"), QStringLiteral("金湾区人才工作简报\n").toUtf8());
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(outcome.reason.contains(QStringLiteral("only a title")), qPrintable(outcome.reason));
        QVERIFY(outcome.reason.contains(QStringLiteral("金湾区人才工作简报")));
        QCOMPARE(snapshot(), before);
    }

    void numbersOnlyTakeTheFileName()
    {
        const ImportOutcome outcome =
            import(QStringLiteral("2023年数据表.txt"), QByteArray("2021 2022 2023\n45 52 61\n1.2 1.5 1.9\n"));
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.reason));
        const StoredArticle article = imported(outcome);
        QCOMPARE(article.title, QStringLiteral("2023年数据表"));
        QVERIFY(article.metadata.titleGuessed);
    }

    void englishOnly()
    {
        const ImportOutcome outcome = import(
            QStringLiteral("english.txt"),
            QByteArray("Talent work in the district. The district recruited 45 doctoral graduates this year. "
                       "Subsidies of 150 million yuan were paid."));
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.reason));
        const StoredArticle article = imported(outcome);
        QCOMPARE(article.title, QStringLiteral("Talent work in the district"));
        QVERIFY(article.regionCode.isEmpty());
    }

    void traditionalCharacters()
    {
        const ImportOutcome outcome = import(QStringLiteral("traditional.txt"),
                                             QStringLiteral("金灣區召開人才工作會議\n金灣區今年引進博士45人，"
                                                            "發放人才補貼近1.5億元。\n")
                                                 .toUtf8());
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.reason));
        const StoredArticle article = imported(outcome);
        QCOMPARE(article.title, QStringLiteral("金灣區召開人才工作會議"));
        QVERIFY(!article.metadata.titleGuessed);
        QCOMPARE(article.regionCode, QStringLiteral("440404"));
    }

    void fullWidthAscii()
    {
        const ImportOutcome outcome =
            import(QStringLiteral("fullwidth.txt"),
                   QStringLiteral("２０２３年香洲区人才工作综述\n香洲区全年引进博士４５人，"
                                  "ＡＩ产业人才占三成。\n")
                       .toUtf8());
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.reason));
        const StoredArticle article = imported(outcome);
        QCOMPARE(article.title, QStringLiteral("２０２３年香洲区人才工作综述"));
        QCOMPARE(article.regionCode, QStringLiteral("440402"));
        QVERIFY(article.body.contains(QStringLiteral("ＡＩ产业人才")));
    }

    void mixedLineEndings()
    {
        const ImportOutcome outcome =
            import(QStringLiteral("line-endings.txt"),
                   QByteArray("\xe6\xa0\x87\xe9\xa2\x98\xe4\xb8\x80\r\n") +
                       QStringLiteral("第一段正文，内容足够长。\r第二段正文，同样是一句话。\n第三段。\r\n")
                           .toUtf8());
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.reason));
        const StoredArticle article = imported(outcome);
        QCOMPARE(article.title, QStringLiteral("标题一"));
        QCOMPARE(article.paragraphs.size(), 3);
        QVERIFY(!article.body.contains(u'\r'));
    }

    void byteOrderMarkInTheMiddle()
    {
        const ImportOutcome outcome =
            import(QStringLiteral("bom.txt"),
                   QStringLiteral("高新区人才驿站揭牌\n高新区人才驿站\uFEFF今日揭牌，首批入驻企业12家。\n")
                       .toUtf8());
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.reason));
        const StoredArticle article = imported(outcome);
        QVERIFY(!article.body.contains(QChar(0xFEFF)));
        QVERIFY(article.body.contains(QStringLiteral("高新区人才驿站今日揭牌")));
    }

    void emptyFileFails()
    {
        const QString before = snapshot();
        const ImportOutcome outcome = import(QStringLiteral("empty.txt"), QByteArray());
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QCOMPARE(outcome.reason, QStringLiteral("empty file"));
        QCOMPARE(snapshot(), before);
    }

    void twoHundredMegabyteFileFails()
    {
        const QString before = snapshot();
        const QString path = m_import.dir.filePath(QStringLiteral("huge.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(200LL * 1024 * 1024)); // sparse: no 200 MB written to the test machine's disk
        file.close();
        ReportImporter importer(*m_import.store, *m_import.pipeline);
        const ImportOutcome outcome = importer.importFile(path);
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(outcome.reason.contains(QStringLiteral("too large (200.0 MB")), qPrintable(outcome.reason));
        QCOMPARE(snapshot(), before);
    }

    void databaseFailuresAreSaidInWords()
    {
        // A statement the schema refuses (what a missing title used to cause) is explained, never quoted.
        QSqlQuery query(m_import.db.connection());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO articles (title) VALUES (NULL)")));
        const QString message = m_import.db.explainLastFailure(QStringLiteral("Storing the report's text"));
        QVERIFY2(message.startsWith(QStringLiteral("Storing the report's text failed")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("bug")), qPrintable(message));
        for (const char* driverText : {"Unable to", "constraint failed", "NOT NULL", "articles.title"})
            QVERIFY2(!message.contains(QLatin1String(driverText)), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TstOddFiles)
#include "tst_oddfiles.moc"
