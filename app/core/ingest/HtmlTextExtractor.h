#pragma once

#include "TextLine.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace rs {

// A small tolerant HTML-to-text converter. QTextDocument is not an option: it needs a GUI
// application and imports run in worker threads of a QCoreApplication.
class HtmlTextExtractor
{
public:
    struct Result
    {
        TextLines lines;              // trimmed, non-empty; img alt and figcaption flagged
        QString documentTitle;        // <title>
        QHash<QString, QString> meta; // lower-cased <meta name|property> -> content
    };

    static Result extract(const QString& html);

    // The charset a page declares (<meta charset> or http-equiv), read from the raw bytes.
    static QByteArray sniffCharset(const QByteArray& bytes);
    static bool looksLikeHtml(const QString& text);
    static bool looksLikeHtml(const QByteArray& bytes);
    // Decodes named (common) and numeric character references.
    static QString decodeEntities(const QString& text);
};

} // namespace rs
