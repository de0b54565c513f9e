#pragma once

#include "storage/AnnotationStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rs {

class ArticleStore;

// Annotations as CSV for a spreadsheet: UTF-8 with a BOM (so Excel reads the Chinese right), RFC 4180
// quoting, CRLF line ends. One row per annotation, its tags' paths joined by "; ", so a row count is an
// annotation count and a note is never repeated. Positions (start, end) are code points into the
// report body, as in the JSON and REFI-QDA exports; times are UTC.
class AnnotationCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationCsvExporter)

public:
    AnnotationCsvExporter(const AnnotationStore& annotations, const ArticleStore& articles);

    static QStringList header();
    QByteArray csv(const AnnotationFilter& filter = {}, int* count = nullptr) const;
    bool write(const QString& path, int* count, QString* error, const AnnotationFilter& filter = {}) const;

    // Free text (title, tags, quote, context, note, author) that would start a spreadsheet formula
    // (= + - @, tab, CR) gets a leading apostrophe, so opening the file never evaluates it.
    static QString text(const QString& value);

private:
    const AnnotationStore& m_annotations;
    const ArticleStore& m_articles;
};

} // namespace rs
