#include "annotations/AgreementDialog.h"
#include "annotations/AnnotationEditor.h"
#include "gazetteer/Gazetteer.h"
#include "models/AgreementTableModel.h"
#include "models/Corpus.h"
#include "models/DisagreementTableModel.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rs;

// The agreement dialog on a database where two analysts coded the same report: the tag table, the level
// and coder choice, the side-by-side disagreements, opening a passage, and the export.
class TestAgreementDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Corpus> m_corpus;
    QString m_body = QStringLiteral("金湾区发放人才补贴近1.5亿元。\n培训全区干部1万余人次。");

private Q_SLOTS:
    void initTestCase()
    {
        m_corpus = std::make_unique<Corpus>(Gazetteer::builtin());
        QVERIFY(m_corpus->open(m_dir.filePath(QStringLiteral("agreement.sqlite"))));
        NewArticle article;
        article.report.metadata.title = QStringLiteral("金湾区人才工作");
        article.report.body = m_body;
        article.report.paragraphs = {{0, 16}, {17, int(m_body.size())}};
        const qint64 id = m_corpus->store()->insert(article).id;
        QVERIFY(id > 0);
        AnnotationEditor& editor = *m_corpus->annotationEditor();
        const qint64 subsidy = editor.createTag(QStringLiteral("补贴"));
        const qint64 training = editor.createTag(QStringLiteral("培训"));
        const int start = int(m_body.indexOf(QStringLiteral("人才补贴")));
        editor.setAuthor(QStringLiteral("李明"));
        QVERIFY(editor.annotate(id, m_body, start, start + 4, {subsidy}) > 0);
        QVERIFY(editor.annotate(id, m_body, 17, 23, {training}) > 0);
        editor.setAuthor(QStringLiteral("王芳"));
        QVERIFY(editor.annotate(id, m_body, start, start + 2, {subsidy}) > 0);
        QVERIFY(editor.annotate(id, m_body, 17, 23, {training}) > 0);
    }

    void showsTagsReportsAndDisagreements()
    {
        AgreementDialog dialog(*m_corpus);
        QCOMPARE(dialog.coders(), (QStringList{QStringLiteral("李明"), QStringLiteral("王芳")}));
        QCOMPARE(dialog.tagTable()->model()->rowCount(), 3); // 补贴, 培训 and every tag
        QCOMPARE(dialog.result().tags.size(), 2);
        QVERIFY(dialog.result().tags.first().figures.kappa);

        // Selecting 补贴 shows its report, and the passage the coders differ on, side by side.
        QAbstractItemModel* tags = dialog.tagTable()->model();
        int subsidyRow = -1;
        for (int row = 0; row < tags->rowCount(); ++row) {
            if (tags->index(row, AgreementTableModel::LabelColumn).data().toString() ==
                QStringLiteral("补贴"))
                subsidyRow = row;
        }
        QVERIFY(subsidyRow >= 0);
        dialog.tagTable()->selectRow(subsidyRow);
        QCOMPARE(dialog.reportTable()->model()->rowCount(), 1);
        DisagreementTableModel* disagreements = dialog.disagreementModel();
        QCOMPARE(disagreements->rowCount(), 1);
        QCOMPARE(disagreements->index(0, DisagreementTableModel::FirstCoderColumn).data().toString(),
                 QStringLiteral("人才补贴"));
        QCOMPARE(disagreements->index(0, DisagreementTableModel::FirstCoderColumn + 1).data().toString(),
                 QStringLiteral("人才"));
        QVERIFY(dialog.details()->tabText(1).contains(QLatin1Char('1')));

        QSignalSpy opened(&dialog, &AgreementDialog::passageRequested);
        const QModelIndex passage = dialog.disagreementTable()->model()->index(0, 0);
        Q_EMIT dialog.disagreementTable()->doubleClicked(passage);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(1).toInt(), int(m_body.indexOf(QStringLiteral("人才补贴"))));

        // Paragraphs: both coded the same paragraphs, so they agree fully.
        dialog.setLevel(AgreementLevel::Paragraph);
        QCOMPARE(dialog.result().level, AgreementLevel::Paragraph);
        QCOMPARE(dialog.result().tags.first().figures.units, 2);
        QCOMPARE(*dialog.result().tags.first().figures.percent, 100.0);
        QCOMPARE(dialog.disagreementModel()->rowCount(), 0);

        // One coder alone: nothing to compare.
        dialog.setCoders({QStringLiteral("李明")});
        QCOMPARE(dialog.result().tags.first().figures.units, 0);
        QVERIFY(!dialog.result().tags.first().figures.alpha);
    }

    // A new coder's annotations show after reload(), ticked; a coder left out stays out.
    void reloadKeepsTheCoderChoice()
    {
        AgreementDialog dialog(*m_corpus);
        dialog.setCoders({QStringLiteral("李明"), QStringLiteral("王芳")});
        AnnotationEditor& editor = *m_corpus->annotationEditor();
        const qint64 article = m_corpus->store()->ids().first();
        const qint64 training = m_corpus->annotations()->tagByPath(QStringLiteral("培训"));
        editor.setAuthor(QStringLiteral("张伟"));
        QVERIFY(editor.annotate(article, m_body, 17, 19, {training}) > 0);
        QVERIFY(dialog.reload());
        QCOMPARE(dialog.coders().size(), 3);
        QCOMPARE(dialog.result().coders.size(), 3);
        QVERIFY(!dialog.result().tags.first().figures.kappa); // three coders
        const int pairTab = dialog.details()->indexOf(dialog.pairTable());
        QVERIFY(dialog.details()->isTabVisible(pairTab));
        QCOMPARE(dialog.pairTable()->model()->rowCount(), 3);
        dialog.setCoders({QStringLiteral("李明"), QStringLiteral("王芳")});
        QVERIFY(dialog.reload());
        QCOMPARE(dialog.result().coders, (QStringList{QStringLiteral("李明"), QStringLiteral("王芳")}));
        QVERIFY(!dialog.details()->isTabVisible(pairTab));
        QVERIFY(editor.undoStack()->canUndo());
        editor.undoStack()->undo();
    }

    void exportsTheTable()
    {
        AgreementDialog dialog(*m_corpus);
        QVERIFY(dialog.exportButton()->isEnabled());
        // No coder chosen: no rows, so nothing to export.
        dialog.setCoders({});
        QVERIFY(dialog.result().tags.isEmpty());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(!dialog.exportButton()->toolTip().isEmpty());
        dialog.setCoders({QStringLiteral("李明"), QStringLiteral("王芳")});
        QVERIFY(dialog.exportButton()->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("agreement.csv"));
        QString error;
        QVERIFY2(dialog.exportTo(path, false, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(QStringLiteral("补贴,,,\"李明,王芳\",character,")));
        QVERIFY(dialog.exportTo(m_dir.filePath(QStringLiteral("agreement.xlsx")), true, &error));
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("agreement.xlsx"))).size() > 0);
    }
};

QTEST_MAIN(TestAgreementDialog)
#include "tst_agreementdialog.moc"
