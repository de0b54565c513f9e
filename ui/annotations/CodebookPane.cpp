#include "CodebookPane.h"

#include "annotations/AnnotationEditor.h"
#include "models/CodebookModel.h"
#include "models/Corpus.h"
#include "storage/AnnotationStore.h"

#include <QAction>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace rs {

CodebookPane::CodebookPane(Corpus& corpus, QWidget* parent)
    : QWidget(parent), m_corpus(corpus), m_view(new QTreeView(this)), m_emptyHint(new QLabel(this)),
      m_add(new QAction(tr("New Tag…"), this)), m_addChild(new QAction(tr("New Sub-tag…"), this)),
      m_color(new QAction(tr("Colour…"), this)), m_describe(new QAction(tr("Describe…"), this)),
      m_merge(new QAction(tr("Merge Into…"), this)), m_delete(new QAction(tr("Delete…"), this)),
      m_filterReports(new QAction(tr("Filter Reports by Tag"), this))
{
    m_view->setAccessibleName(tr("Codebook"));
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_add->setToolTip(tr("New tag at the top level"));
    m_addChild->setToolTip(tr("New tag under the selected one"));
    m_merge->setToolTip(tr("Merge the selected tag into another; its passages and sub-tags follow"));
    m_delete->setToolTip(tr("Delete the selected tag and its sub-tags"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_add, &QAction::triggered, this, [this] { newTag(false); });
    connect(m_addChild, &QAction::triggered, this, [this] { newTag(true); });
    connect(m_color, &QAction::triggered, this, &CodebookPane::recolorCurrent);
    connect(m_describe, &QAction::triggered, this, &CodebookPane::describeCurrent);
    connect(m_merge, &QAction::triggered, this, &CodebookPane::mergeCurrent);
    connect(m_delete, &QAction::triggered, this, &CodebookPane::deleteCurrent);
    m_filterReports->setCheckable(true);
    m_filterReports->setToolTip(
        tr("Show only the reports with passages carrying the selected tag or its sub-tags"));
    connect(m_filterReports, &QAction::toggled, this, &CodebookPane::emitReportFilter);
    m_view->addActions({m_add, m_addChild, m_color, m_describe, m_merge, m_delete, m_filterReports});

    // Two buttons and a menu keep the pane narrow; the same actions are in the tree's context menu.
    auto* add = new QToolButton(this);
    add->setDefaultAction(m_add);
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* addChild = new QToolButton(this);
    addChild->setDefaultAction(m_addChild);
    auto* more = new QToolButton(this);
    more->setText(tr("Edit"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(more);
    menu->addActions({m_color, m_describe, m_merge});
    menu->addSeparator();
    menu->addAction(m_delete);
    more->setMenu(menu);
    auto* row = new QHBoxLayout;
    row->setSpacing(2);
    auto* filter = new QToolButton(this);
    filter->setDefaultAction(m_filterReports);
    filter->setText(tr("Filter"));
    for (QToolButton* button : {add, addChild, more, filter}) {
        button->setAutoRaise(true);
        row->addWidget(button);
    }
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_view, 1);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setText(
        tr("No tags yet. Select a passage in the reader and press Ctrl+T to tag it with a new or "
           "existing tag, or create tags with New Tag…"));

    // Double-click shows the tag's passages; F2 or a click on the selected tag renames it.
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT tagActivated(index.data(CodebookModel::TagIdRole).toLongLong());
    });
    connect(&m_corpus, &Corpus::opened, this, &CodebookPane::attach);
    attach();
}

void CodebookPane::attach()
{
    m_view->setModel(m_corpus.codebook());
    if (m_corpus.codebook()) {
        m_view->header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
        m_view->header()->setSectionResizeMode(CodebookModel::CountColumn, QHeaderView::ResizeToContents);
        m_view->header()->setStretchLastSection(false);
        m_view->expandAll();
        connect(m_corpus.codebook(), &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &CodebookPane::updateButtons);
        connect(m_corpus.codebook(), &QAbstractItemModel::modelReset, this, &CodebookPane::updateButtons);
    }
    updateButtons();
}

qint64 CodebookPane::currentTag() const
{
    return m_view->currentIndex().data(CodebookModel::TagIdRole).toLongLong();
}

void CodebookPane::selectTag(qint64 tagId)
{
    if (m_corpus.codebook())
        m_view->setCurrentIndex(m_corpus.codebook()->indexOfTag(tagId));
}

void CodebookPane::emitReportFilter()
{
    const qint64 tag = currentTag();
    if (m_filterReports->isChecked() && tag > 0 && m_corpus.annotations())
        Q_EMIT reportFilterChanged(m_corpus.annotations()->subtree(tag));
    else
        Q_EMIT reportFilterChanged({});
}

void CodebookPane::updateButtons()
{
    m_emptyHint->setVisible(m_corpus.codebook() == nullptr || m_corpus.codebook()->rowCount() == 0);
    const bool selected = currentTag() > 0;
    for (QAction* action : {m_addChild, m_color, m_describe, m_merge, m_delete})
        action->setEnabled(selected);
    m_add->setEnabled(m_corpus.annotationEditor() != nullptr);
}

bool CodebookPane::report(bool ok, const QString& error)
{
    if (!ok)
        QMessageBox::warning(this, tr("Codebook"), error);
    return ok;
}

void CodebookPane::newTag(bool asChild)
{
    AnnotationEditor* editor = m_corpus.annotationEditor();
    if (editor == nullptr)
        return;
    const qint64 parent = asChild ? currentTag() : 0;
    bool ok = false;
    const QString name = QInputDialog::getText(this, asChild ? tr("New Sub-tag") : tr("New Tag"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    const qint64 id = editor->createTag(name, parent, QColor(), QString(), &error);
    if (report(id > 0, error))
        selectTag(id);
}

void CodebookPane::recolorCurrent()
{
    Tag tag;
    if (!m_corpus.codebook() || !m_corpus.codebook()->tag(currentTag(), &tag))
        return;
    const QColor color = QColorDialog::getColor(tag.color, this, tr("Colour of “%1”").arg(tag.name));
    QString error;
    if (color.isValid())
        report(m_corpus.annotationEditor()->recolorTag(tag.id, color, &error), error);
}

void CodebookPane::describeCurrent()
{
    Tag tag;
    if (!m_corpus.codebook() || !m_corpus.codebook()->tag(currentTag(), &tag))
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Describe “%1”").arg(tag.name),
                                                        tr("What this tag means:"), tag.description, &ok);
    QString error;
    if (ok)
        report(m_corpus.annotationEditor()->describeTag(tag.id, text, &error), error);
}

void CodebookPane::mergeCurrent()
{
    Tag tag;
    CodebookModel* codebook = m_corpus.codebook();
    if (!codebook || !codebook->tag(currentTag(), &tag))
        return;
    QStringList paths;
    QVector<qint64> ids;
    const QVector<qint64> own = m_corpus.annotationEditor()->subtree(tag.id);
    for (const auto& [id, path] : codebook->paths()) {
        if (!own.contains(id)) {
            ids.append(id);
            paths.append(path);
        }
    }
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Merge Tag"), tr("There is no other tag to merge into."));
        return;
    }
    bool ok = false;
    const QString target = QInputDialog::getItem(
        this, tr("Merge Tag"),
        tr("Merge “%1” into (its passages and sub-tags move there):").arg(codebook->path(tag.id)), paths, 0,
        false, &ok);
    QString error;
    if (ok)
        report(m_corpus.annotationEditor()->mergeTags(tag.id, ids.at(paths.indexOf(target)), &error), error);
}

void CodebookPane::deleteCurrent()
{
    Tag tag;
    CodebookModel* codebook = m_corpus.codebook();
    if (!codebook || !codebook->tag(currentTag(), &tag))
        return;
    const int passages = codebook
                             ->index(codebook->indexOfTag(tag.id).row(), CodebookModel::CountColumn,
                                     codebook->indexOfTag(tag.id).parent())
                             .data()
                             .toInt();
    QMessageBox box(QMessageBox::Question, tr("Delete Tag"),
                    tr("Delete “%1” and its sub-tags?").arg(codebook->path(tag.id)), QMessageBox::Cancel,
                    this);
    box.setInformativeText(
        tr("%n passage(s) carry this tag. What should happen to them?", nullptr, passages));
    QPushButton* keep = box.addButton(tr("Keep Passages Untagged"), QMessageBox::AcceptRole);
    QPushButton* toParent =
        tag.parentId > 0 ? box.addButton(tr("Move to Parent Tag"), QMessageBox::AcceptRole) : nullptr;
    QPushButton* remove = box.addButton(tr("Delete Their Annotations"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    AnnotationEditor::DeletePolicy policy;
    if (box.clickedButton() == keep)
        policy = AnnotationEditor::DeletePolicy::KeepAnnotations;
    else if (toParent != nullptr && box.clickedButton() == toParent)
        policy = AnnotationEditor::DeletePolicy::MoveToParent;
    else if (box.clickedButton() == remove)
        policy = AnnotationEditor::DeletePolicy::DeleteAnnotations;
    else
        return;
    QString error;
    report(m_corpus.annotationEditor()->deleteTag(tag.id, policy, &error), error);
}

} // namespace rs
