#pragma once

#include <QHash>
#include <QString>
#include <QThread>
#include <QVector>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace rs {

// The search field: searches as the user types (debounced), on a worker thread, and reports ranked hits.
// An empty field ends the search.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 250;

    explicit SearchBar(QWidget* parent = nullptr);
    ~SearchBar() override;

    void setDatabasePath(const QString& path);
    QString text() const;
    void setText(const QString& text);
    QLineEdit* field() const { return m_field; }

public Q_SLOTS:
    void focusField();
    // Runs the current text again (after an import changed the corpus).
    void refresh();

Q_SIGNALS:
    void resultsReady(const QString& query, const QVector<qint64>& rankedIds,
                      const QHash<qint64, QString>& snippets);
    void cleared();
    void searchRequested(int serial, const QString& databasePath, const QString& query); // to the worker

private:
    void start();
    void onFinished(int serial, const QString& query, const QVector<qint64>& rankedIds,
                    const QHash<qint64, QString>& snippets, const QString& error);

    QLineEdit* m_field;
    QLabel* m_count;
    QTimer* m_debounce;
    QThread m_thread;
    QString m_databasePath;
    int m_serial = 0;
};

} // namespace rs
