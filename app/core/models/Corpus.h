#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QTimer;

namespace rs {

class AnnotationEditor;
class AnnotationStore;
class ArticleDetailsStore;
class ArticleStore;
class CodebookModel;
class MetricStore;
class Database;
class DatabaseNotifier;
class Gazetteer;
class RegionTreeModel;
class ReportTableModel;

// The open corpus as the GUI thread sees it: its connection, store and the item models over it.
// Swapped whole when the user opens another database, so panes never hold a dangling store.
class Corpus : public QObject
{
    Q_OBJECT

public:
    explicit Corpus(const Gazetteer& gazetteer, QObject* parent = nullptr);
    ~Corpus() override;

    bool open(const QString& path);
    QString error() const { return m_error; }
    bool isOpen() const;
    bool wasCreated() const;
    QString path() const;

    Database* database() const { return m_database.get(); }
    ArticleStore* store() const { return m_store.get(); }
    MetricStore* metrics() const { return m_metrics.get(); }
    ReportTableModel* reports() const { return m_reports.get(); }
    RegionTreeModel* regions() const { return m_regions.get(); }
    AnnotationStore* annotations() const { return m_annotations.get(); }
    // The analyst's title, date and source (Edit Details), apart from the detected ones.
    ArticleDetailsStore* details() const { return m_details.get(); }
    // Every annotation and codebook change of the GUI goes through this editor; a new one (with a new
    // undo stack) comes with each database opened.
    AnnotationEditor* annotationEditor() const { return m_annotationEditor.get(); }
    CodebookModel* codebook() const { return m_codebook.get(); }
    // On a PostgreSQL database: what other analysts change and whether the server answers (issue 18);
    // null on a SQLite file.
    DatabaseNotifier* notifier() const { return m_notifier.get(); }
    bool isConnectionLost() const;
    const Gazetteer& gazetteer() const { return m_gazetteer; }

    // The analyst's choice wins over detection; empty code marks the region unknown.
    bool setRegion(qint64 articleId, const QString& regionCode);

public Q_SLOTS:
    // After an import or an edit made through another connection.
    void refresh();

Q_SIGNALS:
    void opened();
    void changed();
    // The team database's server went away (a message in words), or answers again.
    void connectionLost(const QString& message);
    void connectionRestored();

private:
    // Destroys the models, the stores and the connection, each before what it references.
    void close();
    void startListening();
    // Other analysts' changes arrive row by row; the panes reload once for a burst of them.
    void takeRemoteChanges();

    const Gazetteer& m_gazetteer;
    QString m_error;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<MetricStore> m_metrics;
    std::unique_ptr<ReportTableModel> m_reports;
    std::unique_ptr<RegionTreeModel> m_regions;
    std::unique_ptr<AnnotationStore> m_annotations;
    std::unique_ptr<ArticleDetailsStore> m_details;
    std::unique_ptr<AnnotationEditor> m_annotationEditor;
    std::unique_ptr<CodebookModel> m_codebook;
    std::unique_ptr<DatabaseNotifier> m_notifier;
    QTimer* m_remoteChanges = nullptr;
    bool m_remoteCodebook = false;
    bool m_remoteReports = false;
    QSet<qint64> m_remoteArticles;
};

} // namespace rs
