#include "AccessGate.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace rs {

AccessGate::AccessGate(QObject* parent) : QObject(parent) {}

void AccessGate::lock(QAction* action, const QString& reason)
{
    if (action == nullptr)
        return;
    if (!isLocked(action)) {
        m_tooltips.insert(action, action->toolTip());
        m_wanted.insert(action, action->isEnabled());
        m_locked.insert(action, action);
        connect(action, &QAction::changed, this, [this, action] {
            if (isLocked(action) && action->isEnabled()) {
                m_wanted.insert(action, true);
                action->setEnabled(false);
            }
        });
        connect(action, &QObject::destroyed, this, [this, action] {
            m_tooltips.remove(action);
            m_wanted.remove(action);
            m_locked.remove(action);
        });
    }
    action->setToolTip(reason);
    action->setStatusTip(reason);
    action->setEnabled(false);
}

void AccessGate::lock(QWidget* widget, const QString& reason)
{
    if (widget == nullptr)
        return;
    if (!isLocked(widget)) {
        m_tooltips.insert(widget, widget->toolTip());
        m_wanted.insert(widget, widget->isEnabled());
        m_locked.insert(widget, widget);
        widget->installEventFilter(this);
        connect(widget, &QObject::destroyed, this, [this, widget] {
            m_tooltips.remove(widget);
            m_wanted.remove(widget);
            m_locked.remove(widget);
        });
    }
    widget->setToolTip(reason);
    widget->setEnabled(false);
}

bool AccessGate::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::EnabledChange && isLocked(watched)) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget->isEnabled()) {
            m_wanted.insert(watched, true);
            widget->setEnabled(false);
        }
    }
    return QObject::eventFilter(watched, event);
}

void AccessGate::releaseAll()
{
    const auto locked = m_locked;
    m_locked.clear();
    const auto tooltips = m_tooltips;
    m_tooltips.clear();
    const auto wanted = m_wanted;
    m_wanted.clear();
    for (auto it = locked.cbegin(); it != locked.cend(); ++it) {
        QObject* object = it.value();
        if (object == nullptr)
            continue;
        disconnect(object, nullptr, this, nullptr);
        if (auto* action = qobject_cast<QAction*>(object)) {
            action->setToolTip(tooltips.value(it.key()));
            action->setStatusTip(QString());
            action->setEnabled(wanted.value(it.key(), true));
        } else if (auto* widget = qobject_cast<QWidget*>(object)) {
            widget->removeEventFilter(this);
            widget->setToolTip(tooltips.value(it.key()));
            widget->setEnabled(wanted.value(it.key(), true));
        }
    }
}

} // namespace rs
