#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace rs {

// Keeps actions and widgets off while the analyst's team role may not use them (issue 18), with the
// reason as their tooltip, so a coder or reader sees why instead of a refusal after the fact. An
// action's owner may enable it again on its own (a selection changed): the gate turns it off again.
class AccessGate : public QObject
{
    Q_OBJECT

public:
    explicit AccessGate(QObject* parent = nullptr);

    void lock(QAction* action, const QString& reason);
    void lock(QWidget* widget, const QString& reason);
    // Lets everything locked go, with its own tooltip back, on when it was on at the lock or its owner
    // turned it on since.
    void releaseAll();
    bool isLocked(const QObject* object) const { return m_tooltips.contains(object); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QHash<const QObject*, QString> m_tooltips; // each locked object's own tooltip
    QHash<const QObject*, bool> m_wanted;      // whether its owner would have it on
    QHash<const QObject*, QPointer<QObject>> m_locked;
};

} // namespace rs
