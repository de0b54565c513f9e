#include "ConnectionBanner.h"

#include "models/Corpus.h"

#include <QTimer>

namespace rs {

ConnectionBanner::ConnectionBanner(Corpus& corpus, QWidget* parent) : QLabel(parent), m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setWordWrap(true);
    m_hide->setSingleShot(true);
    m_hide->setInterval(6000);
    connect(m_hide, &QTimer::timeout, this, &QLabel::hide);
    connect(&corpus, &Corpus::connectionLost, this, &ConnectionBanner::showLost);
    connect(&corpus, &Corpus::connectionRestored, this, &ConnectionBanner::showRestored);
    connect(&corpus, &Corpus::opened, this, &QLabel::hide);
    hide();
}

void ConnectionBanner::showLost(const QString& message)
{
    m_hide->stop();
    setStyleSheet(QStringLiteral("QLabel { background: #b3261e; color: white; padding: 2px 6px; }"));
    setText(message);
    show();
}

void ConnectionBanner::showRestored()
{
    setStyleSheet(QStringLiteral("QLabel { background: #1e6b34; color: white; padding: 2px 6px; }"));
    setText(tr("Connected to the team database again."));
    show();
    m_hide->start();
}

} // namespace rs
