#include "TagPalette.h"

#include "annotations/AnnotationEditor.h"
#include "models/CodebookModel.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QScreen>
#include <QVBoxLayout>

namespace rs {
namespace {

constexpr int createRole = Qt::UserRole + 1;
constexpr int tagRole = Qt::UserRole + 2;

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

} // namespace

TagPalette::TagPalette(const CodebookModel& codebook, QWidget* parent)
    : QDialog(parent, Qt::Popup), m_codebook(codebook), m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this))
{
    setWindowTitle(tr("Tag Selection"));
    m_filter->setPlaceholderText(tr("Type to find a tag, or a new name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(tr("Tag the selected passage as:"), this));
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(320, 360);

    for (const auto& [id, path] : codebook.paths()) {
        auto* item = new QListWidgetItem(
            swatch(codebook.data(codebook.indexOfTag(id), CodebookModel::ColorRole).value<QColor>()), path,
            m_list);
        item->setData(tagRole, id);
    }
    auto* create = new QListWidgetItem(m_list);
    create->setData(createRole, true);
    create->setHidden(true);
    connect(m_filter, &QLineEdit::textChanged, this, &TagPalette::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, &TagPalette::choose);
    applyFilter(QString());
}

void TagPalette::applyFilter(const QString& text)
{
    const QString wanted = text.trimmed();
    QListWidgetItem* first = nullptr;
    bool exact = false;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(createRole).toBool()) {
            continue;
        }
        const bool visible = wanted.isEmpty() || item->text().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!visible);
        exact = exact || item->text() == wanted || item->text().section(u'/', -1) == wanted;
        if (visible && first == nullptr)
            first = item;
    }
    QListWidgetItem* create = m_list->item(m_list->count() - 1);
    create->setText(tr("Create tag “%1”").arg(wanted));
    create->setHidden(wanted.isEmpty() || exact);
    if (first == nullptr && !create->isHidden())
        first = create;
    m_list->setCurrentItem(first);
}

void TagPalette::choose()
{
    QListWidgetItem* item = m_list->currentItem();
    if (item == nullptr || item->isHidden())
        return;
    if (item->data(createRole).toBool()) {
        m_chosenTag = 0;
        m_newTagPath = m_filter->text().trimmed();
    } else {
        m_chosenTag = item->data(tagRole).toLongLong();
        m_newTagPath.clear();
    }
    accept();
}

bool TagPalette::eventFilter(QObject* watched, QEvent* event)
{
    // Arrow keys move through the list and Enter chooses while typing goes on in the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QPoint TagPalette::placeBeside(const QRect& selection, const QSize& size, const QRect& screen)
{
    constexpr int gap = 12;
    const int top =
        std::clamp(selection.top(), screen.top(), std::max(screen.top(), screen.bottom() - size.height()));
    if (selection.right() + gap + size.width() <= screen.right())
        return {selection.right() + gap, top}; // right of the selection
    if (selection.left() - gap - size.width() >= screen.left())
        return {selection.left() - gap - size.width(), top};
    const int left =
        std::clamp(selection.left(), screen.left(), std::max(screen.left(), screen.right() - size.width()));
    if (selection.bottom() + gap + size.height() <= screen.bottom())
        return {left, selection.bottom() + gap};                                  // below
    return {left, std::max(screen.top(), selection.top() - gap - size.height())}; // above
}

qint64 TagPalette::pick(AnnotationEditor& editor, const CodebookModel& codebook, QWidget* parent,
                        const QRect& selection)
{
    TagPalette palette(codebook, parent);
    QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    if (QScreen* screen = QGuiApplication::screenAt(selection.center()))
        available = screen->availableGeometry();
    palette.adjustSize();
    palette.move(
        placeBeside(selection, palette.frameGeometry().size().expandedTo(palette.size()), available));
    palette.m_filter->setFocus();
    if (palette.exec() != QDialog::Accepted)
        return 0;
    if (palette.chosenTag() > 0)
        return palette.chosenTag();
    QString error;
    const qint64 created = editor.ensureTagPath(palette.newTagPath(), &error);
    if (created == 0)
        QMessageBox::warning(parent, tr("Tag Selection"), error);
    return created;
}

} // namespace rs
