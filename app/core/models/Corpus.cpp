#include "Corpus.h"

#include "CodebookModel.h"
#include "RegionTreeModel.h"
#include "ReportTableModel.h"
#include "annotations/AnnotationEditor.h"
#include "gazetteer/RegionNames.h"
#include "models/MetricReviewer.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleDetailsStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DatabaseNotifier.h"
#include "storage/MetricStore.h"
#include "util/AppInfo.h"
#include "util/PinyinCollator.h"

#include <QSettings>
#include <QTimer>

namespace rs {

Corpus::Corpus(const Gazetteer& gazetteer, QObject* parent)
    : QObject(parent), m_gazetteer(gazetteer), m_remoteChanges(new QTimer(this))
{
    m_remoteChanges->setSingleShot(true);
    m_remoteChanges->setInterval(150);
    connect(m_remoteChanges, &QTimer::timeout, this, &Corpus::takeRemoteChanges);
}

Corpus::~Corpus()
{
    close();
}

void Corpus::close()
{
    // Models reference the store, the store references the connection: destroy in that order.
    m_notifier.reset();
    m_remoteChanges->stop();
    m_codebook.reset();
    m_annotationEditor.reset();
    m_annotations.reset();
    m_details.reset();
    m_regions.reset();
    m_reports.reset();
    m_metrics.reset();
    m_store.reset();
    m_database.reset();
}

bool Corpus::open(const QString& path)
{
    auto database = std::make_unique<Database>();
    if (!database->open(path)) {
        m_error = database->error();
        return false;
    }
    m_error.clear();
    close();
    m_database = std::move(database);
    m_store = std::make_unique<ArticleStore>(*m_database);
    m_metrics = std::make_unique<MetricStore>(*m_database);
    m_reports = std::make_unique<ReportTableModel>(*m_store, m_gazetteer);
    m_regions = std::make_unique<RegionTreeModel>(*m_store, m_gazetteer);
    m_annotations = std::make_unique<AnnotationStore>(*m_database);
    m_details = std::make_unique<ArticleDetailsStore>(*m_database);
    m_annotationEditor = std::make_unique<AnnotationEditor>(*m_annotations);
    // On PostgreSQL the login role (the row policies compare author with current_user); on a file the
    // name set in Settings, else the account's full or login name.
    const QString role = m_database->loginRole();
    const QString author = QSettings().value(AppInfo::authorSettingsKey()).toString().trimmed();
    m_annotationEditor->setAuthor(!role.isEmpty()    ? role
                                  : author.isEmpty() ? MetricReviewer::defaultReviewerName()
                                                     : author);
    m_codebook = std::make_unique<CodebookModel>(*m_annotationEditor);
    startListening();
    Q_EMIT opened();
    return true;
}

void Corpus::startListening()
{
    if (!m_database->isPostgres())
        return;
    // In team mode the author of the analyst's annotations is their database role (PostgresTeam).
    const QString role = m_database->loginRole();
    if (!role.isEmpty())
        m_annotationEditor->setAuthor(role);
    m_notifier = std::make_unique<DatabaseNotifier>(*m_database);
    connect(m_notifier.get(), &DatabaseNotifier::changed, this,
            [this](const DatabaseNotifier::Change& change) {
                if (change.table == QLatin1String("articles")) {
                    m_remoteReports = true;
                } else if (change.table == QLatin1String("tags")) {
                    m_remoteCodebook = true;
                } else {
                    // An annotation of a report no longer known (deleted meanwhile) still reloads the lists.
                    m_remoteArticles.insert(change.articleId);
                }
                m_remoteChanges->start();
            });
    connect(m_notifier.get(), &DatabaseNotifier::connectionLost, this, &Corpus::connectionLost);
    connect(m_notifier.get(), &DatabaseNotifier::connectionRestored, this, [this] {
        // What others changed while the connection was away was never heard: reload it all.
        m_remoteReports = m_remoteCodebook = true;
        takeRemoteChanges();
        Q_EMIT connectionRestored();
    });
    QString error;
    if (!m_notifier->start(&error))
        qWarning("Regionscope: %s", qUtf8Printable(error));
}

void Corpus::takeRemoteChanges()
{
    if (!isOpen())
        return;
    const bool codebook = m_remoteCodebook;
    const QSet<qint64> articles = m_remoteArticles;
    const bool reports = m_remoteReports;
    m_remoteCodebook = m_remoteReports = false;
    m_remoteArticles.clear();
    if (reports)
        refresh();
    m_annotationEditor->takeRemoteChange(codebook || reports, articles);
}

bool Corpus::isConnectionLost() const
{
    return m_notifier && m_notifier->isConnectionLost();
}

bool Corpus::isOpen() const
{
    return m_database && m_database->isOpen();
}

bool Corpus::wasCreated() const
{
    return m_database && m_database->wasCreated();
}

QString Corpus::path() const
{
    return m_database ? m_database->path() : QString();
}

bool Corpus::setRegion(qint64 articleId, const QString& regionCode)
{
    if (!isOpen())
        return false;
    const PinyinCollator collator;
    QString error;
    if (!m_store->setRegion(articleId, regionCode, RegionNames::sortKey(m_gazetteer, collator, regionCode),
                            &error)) {
        m_error = error;
        return false;
    }
    refresh();
    return true;
}

void Corpus::refresh()
{
    if (!isOpen())
        return;
    m_reports->reload();
    m_regions->reload();
    Q_EMIT changed();
}

} // namespace rs
