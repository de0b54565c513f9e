#include "AnnotatedCorpusFixture.h"
#include "models/CodebookModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>

using namespace rs;

class TestCodebookModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<AnnotatedCorpusFixture> m_fixture;
    std::unique_ptr<CodebookModel> m_model;

private Q_SLOTS:
    void init()
    {
        if (PostgresTestServer::wanted() && !PostgresTestServer::skipReason().isEmpty())
            QSKIP(qPrintable(PostgresTestServer::skipReason()));
        m_fixture = std::make_unique<AnnotatedCorpusFixture>();
        QVERIFY(m_fixture->setUp());
        m_model = std::make_unique<CodebookModel>(*m_fixture->editor);
        new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_model.get());
    }

    void showsTheTreeWithCounts()
    {
        QCOMPARE(m_model->rowCount(), 2); // 干部培训, 人才政策 (by name)
        const QModelIndex policy = m_model->indexOfTag(m_fixture->policy);
        QVERIFY(policy.isValid());
        QCOMPARE(policy.data().toString(), QStringLiteral("人才政策"));
        QCOMPARE(m_model->rowCount(policy), 1);
        const QModelIndex subsidy = m_model->index(0, CodebookModel::NameColumn, policy);
        QCOMPARE(subsidy.data(CodebookModel::TagIdRole).toLongLong(), m_fixture->subsidy);
        QCOMPARE(subsidy.parent(), policy);
        QCOMPARE(subsidy.siblingAtColumn(CodebookModel::CountColumn).data().toInt(), 2);
        QCOMPARE(subsidy.data(CodebookModel::PathRole).toString(), QStringLiteral("人才政策/补贴"));
        QVERIFY(subsidy.data(Qt::DecorationRole).value<QColor>().isValid());
    }

    void renamingInPlaceIsUndoable()
    {
        const QModelIndex training = m_model->indexOfTag(m_fixture->training);
        QVERIFY(m_model->setData(training, QStringLiteral("干部教育培训")));
        QCOMPARE(m_model->indexOfTag(m_fixture->training).data().toString(), QStringLiteral("干部教育培训"));
        m_fixture->editor->undoStack()->undo();
        QCOMPARE(m_model->indexOfTag(m_fixture->training).data().toString(), QStringLiteral("干部培训"));
        QVERIFY(!m_model->setData(m_model->indexOfTag(m_fixture->training), QString()));
    }

    void dragAndDropMovesATag()
    {
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOfTag(m_fixture->training)}));
        const QModelIndex policy = m_model->indexOfTag(m_fixture->policy);
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, policy));
        m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, policy);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->indexOfTag(m_fixture->training).parent(), m_model->indexOfTag(m_fixture->policy));
        QCOMPARE(m_model->path(m_fixture->training), QStringLiteral("人才政策/干部培训"));
        m_fixture->editor->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 2);

        // Never into itself or its own sub-tag.
        std::unique_ptr<QMimeData> parent(m_model->mimeData({m_model->indexOfTag(m_fixture->policy)}));
        QVERIFY(!m_model->canDropMimeData(parent.get(), Qt::MoveAction, -1, -1,
                                          m_model->indexOfTag(m_fixture->subsidy)));
    }

    void followsEditorChanges()
    {
        const qint64 id = m_fixture->editor->createTag(QStringLiteral("待核实"));
        QVERIFY(m_model->indexOfTag(id).isValid());
        QVERIFY(
            m_fixture->editor->deleteTag(m_fixture->policy, AnnotationEditor::DeletePolicy::KeepAnnotations));
        QVERIFY(!m_model->indexOfTag(m_fixture->subsidy).isValid());
        QCOMPARE(m_model->paths().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCodebookModel)
#include "tst_codebookmodel.moc"
