#pragma once

#include "TextLine.h"
#include "domain/ParsedReport.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace rs {

// Finds the title, publication date, source, authors and original URL of a cleaned report and
// removes the lines it took them from (and the title) from the text. Only metadata-like lines
// count: a date inside a body sentence ("2022年10月,该区…", "今年2月15日") is never the
// publication date, and nothing is invented when the text states nothing.
class MetadataDetector
{
public:
    struct Hints
    {
        QString documentTitle;        // HTML <title>
        QHash<QString, QString> meta; // HTML <meta> name/property -> content, keys lower case
        QString dateline;             // from RepeatCollapser
    };

    static ReportMetadata detect(TextLines& lines, const Hints& hints = Hints());

    // First date in text ("2023-04-24", "2017/8/24 9:54:30", "2022年10月15日"); written receives
    // the date as it appears.
    static QDate parseDate(const QString& text, QString* written = nullptr);
    // "本报记者 甘丰恺" -> {"甘丰恺"}; "张 洲" -> {"张洲"}.
    static QStringList parseAuthors(const QString& value);
    // A line that could be a title or heading: short, not a finished sentence.
    static bool isHeadingLike(const QString& line);
    // The title of a report that has no title line: its first sentence, cut at a comma or at
    // maxLength characters when longer; empty when the text starts with no words (numbers only).
    static QString firstSentenceTitle(const QString& text, int maxLength = 40);
};

} // namespace rs
