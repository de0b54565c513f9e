#include "AnnotatedCorpusFixture.h"
#include "gazetteer/Gazetteer.h"
#include "models/AnnotationTableModel.h"
#include "models/CodebookModel.h"
#include "models/TagCrossTabModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace rs;

// The annotations browser's table and the tag-by-region cross-tab.
class TestAnnotationTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<AnnotatedCorpusFixture> m_fixture;
    std::unique_ptr<CodebookModel> m_codebook;

private Q_SLOTS:
    void init()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        m_fixture = std::make_unique<AnnotatedCorpusFixture>();
        QVERIFY(m_fixture->setUp());
        m_codebook = std::make_unique<CodebookModel>(*m_fixture->editor);
    }

    void rowsFollowTheFilter()
    {
        AnnotationTableModel model(*m_fixture->editor, *m_codebook, Gazetteer::builtin());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex first = model.index(0, AnnotationTableModel::QuoteColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("金湾区发放【人才政策补贴】近1.5亿元，培…"));
        TextAnchor longQuote;
        longQuote.prefix = QStringLiteral("前文\n");
        longQuote.quote = QString(100, u'人');
        QCOMPARE(AnnotationTableModel::quoteInContext(longQuote, 8, 60),
                 QStringLiteral("前文 【") + QString(40, u'人') + QStringLiteral("…") + QString(20, u'人') +
                     QStringLiteral("】"));
        QCOMPARE(model.index(0, AnnotationTableModel::TagsColumn).data().toString(),
                 QStringLiteral("人才政策/补贴"));
        QCOMPARE(model.index(0, AnnotationTableModel::RegionColumn).data().toString(),
                 QStringLiteral("金湾区"));
        QCOMPARE(first.data(AnnotationTableModel::ArticleIdRole).toLongLong(), m_fixture->jinwan);
        QCOMPARE(first.data(AnnotationTableModel::StartRole).toInt(), 5);

        AnnotationFilter filter;
        filter.tagIds = m_fixture->editor->subtree(m_fixture->policy);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        filter.regionCode = QStringLiteral("4451"); // 潮州市: 湘桥区 is under it
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.row(0).annotation.articleId, m_fixture->xiangqiao);

        // An edit elsewhere shows at once.
        m_fixture->annotate(m_fixture->xiangqiao, m_fixture->xiangqiaoBody, QStringLiteral("人才驿站"),
                            m_fixture->subsidy);
        QCOMPARE(model.rowCount(), 2);
        m_fixture->editor->undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
    }

    void crossTabCountsTagsByRegionWithSubTags()
    {
        TagCrossTabModel model(*m_fixture->editor, *m_codebook, Gazetteer::builtin());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.count(QStringLiteral("440404"), m_fixture->subsidy), 1);
        QCOMPARE(model.count(QStringLiteral("440404"), m_fixture->policy), 1); // from its sub-tag
        QCOMPARE(model.count(QStringLiteral("440404"), m_fixture->training), 1);
        QCOMPARE(model.count(QStringLiteral("445102"), m_fixture->training), 0);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("珠海·金湾区"));
        int policyColumn = -1;
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.tagAt(c) == m_fixture->policy)
                policyColumn = c;
        }
        QVERIFY(policyColumn >= 0);
        QCOMPARE(model.headerData(policyColumn, Qt::Horizontal).toString(), QStringLiteral("人才政策"));
        QCOMPARE(model.index(1, policyColumn).data().toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationTableModel)
#include "tst_annotationtablemodel.moc"
