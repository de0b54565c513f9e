#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace rs {

class Database;

// The details of a report an analyst may set by hand when detection got them wrong or found none.
struct ReportDetails
{
    QString title;
    QDate publishedOn;     // invalid: the report states no date
    QString publishedText; // the date as the report writes it ("2022年10月15日"); not part of an edit
    QString source;        // empty: the report names no source
    bool titleGuessed = false;

    bool sameValues(const ReportDetails& other) const
    {
        return title == other.title && publishedOn == other.publishedOn && source == other.source;
    }
};

// The analyst's title, date and source, kept apart from the detected ones (table article_edits), like
// figure reviews: a field set to its detected value is no edit, undoing an edit brings the detection
// back, and cleaning the report again refreshes the detection under the edit without losing it. The
// articles table holds the values in effect, so every list, sort and search sees the analyst's word.
class ArticleDetailsStore
{
    Q_DECLARE_TR_FUNCTIONS(ArticleDetailsStore)

public:
    explicit ArticleDetailsStore(Database& database);

    // The values in effect and the detected ones; false (with *error) when the report does not exist.
    bool details(qint64 articleId, ReportDetails* current, ReportDetails* detected,
                 QString* error = nullptr) const;
    // One transaction. A title must not be empty.
    bool setDetails(qint64 articleId, const ReportDetails& wanted, const QString& editor,
                    QString* error = nullptr);

    // Inside the caller's transaction, right after a report's detected details were rewritten in
    // articles (ArticleRewriter): those become the edit's detected values, and the edited fields are put
    // back in effect.
    static bool keepEditsAfterReclean(QSqlDatabase& db, qint64 articleId, QString* error = nullptr);

private:
    bool fail(QString* error, const QString& message) const;

    Database& m_database;
};

} // namespace rs
