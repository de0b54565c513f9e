#pragma once

#include <QMenu>

namespace rs {

// File › Open Recent: the databases opened last, newest first, kept in QSettings; missing files are
// shown disabled rather than dropped, since a removable disk may come back. Team databases are kept by
// their address, never with a password.
class RecentDatabasesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentDatabasesMenu(QWidget* parent = nullptr);

    static constexpr int maxEntries = 8;
    static void remember(const QString& path);
    static QStringList paths();

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void rebuild();
};

} // namespace rs
