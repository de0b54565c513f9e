// A search in either script finds reports written in either: 培训 and 培訓 are one word to the index.
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SearchTokenizer.h"
#include "util/HanScriptFold.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rs;

class TstSearchScripts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_simplified = 0;
    qint64 m_traditional = 0;

    QVector<qint64> sorted(QVector<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.openSqlite(m_dir.filePath(QStringLiteral("scripts.sqlite"))));
        ArticleStore store(m_db);
        const ImportPipeline pipeline(Gazetteer::builtin());
        const QString texts[] = {
            QStringLiteral("金湾区干部培训工作会议\n金湾区今年举办干部培训班12期，培训干部1500人次。\n"),
            QStringLiteral("五華區幹部培訓簡報\n五華區今年舉辦幹部培訓班8期，培訓幹部900人次。\n")};
        qint64* ids[] = {&m_simplified, &m_traditional};
        for (int i = 0; i < 2; ++i) {
            const ImportPipeline::Result prepared =
                pipeline.prepareText(texts[i], QStringLiteral("t%1").arg(i));
            QVERIFY(prepared.ok);
            const ArticleStore::InsertResult inserted = store.insert(prepared.article);
            QCOMPARE(inserted.status, ArticleStore::InsertStatus::Inserted);
            *ids[i] = inserted.id;
        }
    }

    void foldsOneCharacterForOne()
    {
        QCOMPARE(HanScriptFold::fold(U'訓'), char32_t(U'训'));
        QCOMPARE(HanScriptFold::fold(U'場'), char32_t(U'场'));
        QCOMPARE(HanScriptFold::fold(U'华'), char32_t(U'华'));
        QCOMPARE(HanScriptFold::fold(U'A'), char32_t(U'A'));
        QCOMPARE(SearchTokenizer::tokens(QStringLiteral("培訓"), SearchTokenizer::Mode::Query),
                 SearchTokenizer::tokens(QStringLiteral("培训"), SearchTokenizer::Mode::Query));
    }

    void eitherScriptFindsBoth_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("simplified") << QStringLiteral("干部培训");
        QTest::newRow("traditional") << QStringLiteral("幹部培訓");
        QTest::newRow("mixed") << QStringLiteral("干部培訓");
    }

    void eitherScriptFindsBoth()
    {
        QFETCH(QString, query);
        SearchIndex index(m_db);
        QCOMPARE(sorted(index.rankedIds(query)), sorted({m_simplified, m_traditional}));
    }

    void namesStillTellReportsApart()
    {
        SearchIndex index(m_db);
        QCOMPARE(index.rankedIds(QStringLiteral("五華區")), QVector<qint64>{m_traditional});
        QCOMPARE(index.rankedIds(QStringLiteral("五华区")), QVector<qint64>{m_traditional});
        QCOMPARE(index.rankedIds(QStringLiteral("金湾")), QVector<qint64>{m_simplified});
    }
};

QTEST_GUILESS_MAIN(TstSearchScripts)
#include "tst_searchscripts.moc"
