#pragma once

#include <QLabel>

class QTimer;

namespace rs {

class Corpus;

// Team mode (issue 18): says plainly, in the window's status bar, that the connection to the team
// database's server was lost, until it answers again; then that it is back, for a few seconds.
class ConnectionBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionBanner(Corpus& corpus, QWidget* parent = nullptr);

private:
    void showLost(const QString& message);
    void showRestored();

    QTimer* m_hide;
};

} // namespace rs
