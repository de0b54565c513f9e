#include "SideBySideFindBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace rs {

SideBySideFindBar::SideBySideFindBar(QAction* previous, QAction* next, QWidget* parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_count(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(new QLabel(tr("Find in all columns:"), this));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find in all columns"));
    m_field->installEventFilter(this);
    layout->addWidget(m_field, 1);
    for (QAction* action : {previous, next}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setArrowType(action == next ? Qt::DownArrow : Qt::UpArrow);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(button);
    }
    layout->addWidget(m_count);
    auto* closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("×"));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close the find bar (Esc)"));
    closeButton->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(closeButton);
    hide();
    connect(closeButton, &QToolButton::clicked, this, &SideBySideFindBar::close);
    connect(m_field, &QLineEdit::textChanged, this, &SideBySideFindBar::textChanged);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { Q_EMIT nextRequested(false); });
}

void SideBySideFindBar::open(const QString& text)
{
    show();
    if (!text.isEmpty())
        m_field->setText(text);
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SideBySideFindBar::close()
{
    m_field->clear();
    hide();
    Q_EMIT closed();
}

void SideBySideFindBar::setCountText(const QString& text)
{
    m_count->setText(text);
}

bool SideBySideFindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT nextRequested(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rs
