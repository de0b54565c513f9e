#include "SearchBar.h"

#include "jobs/SearchWorker.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace rs {

SearchBar::SearchBar(QWidget* parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_count(new QLabel(this)), m_debounce(new QTimer(this))
{
    qRegisterMetaType<QVector<qint64>>();
    qRegisterMetaType<QHash<qint64, QString>>();
    m_field->setPlaceholderText(tr("Search titles and text (Ctrl+F)"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(tr("Words separated by spaces must all occur; Chinese terms of any length and region "
                           "names in pinyin (jinwan) work. Quotes and operators are searched as text."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, &SearchBar::start);
    connect(m_debounce, &QTimer::timeout, this, &SearchBar::start);

    auto* worker = new SearchWorker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &SearchBar::searchRequested, worker, &SearchWorker::search);
    connect(worker, &SearchWorker::finished, this, &SearchBar::onFinished);
    m_thread.start();
}

SearchBar::~SearchBar()
{
    m_thread.quit();
    m_thread.wait();
}

void SearchBar::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    refresh();
}

QString SearchBar::text() const
{
    return m_field->text();
}

void SearchBar::setText(const QString& text)
{
    m_field->setText(text);
    start();
}

void SearchBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchBar::refresh()
{
    if (!m_field->text().trimmed().isEmpty())
        start();
}

void SearchBar::start()
{
    m_debounce->stop();
    ++m_serial; // results of earlier searches still running are dropped when they arrive
    const QString query = m_field->text().trimmed();
    if (query.isEmpty() || m_databasePath.isEmpty()) {
        m_count->clear();
        Q_EMIT cleared();
        return;
    }
    m_count->setText(tr("Searching…"));
    Q_EMIT searchRequested(m_serial, m_databasePath, query);
}

void SearchBar::onFinished(int serial, const QString& query, const QVector<qint64>& rankedIds,
                           const QHash<qint64, QString>& snippets, const QString& error)
{
    if (serial != m_serial)
        return;
    m_count->setText(error.isEmpty() ? tr("%n match(es)", nullptr, int(rankedIds.size()))
                                     : tr("Search failed"));
    m_count->setToolTip(error);
    Q_EMIT resultsReady(query, rankedIds, snippets);
}

} // namespace rs
