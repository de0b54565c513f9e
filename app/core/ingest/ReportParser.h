#pragma once

#include "ParsedReport.h"
#include "TextLine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rs {

// Decodes raw bytes (UTF-8 with/without BOM, UTF-16 with BOM, GB18030/GBK), converts HTML to text,
// removes web boilerplate, collapses a report that repeats itself and detects metadata.
// Pure: no I/O, no database. Errors are specific ("binary data (PNG image)", "empty file", ...).
class ReportParser
{
    Q_DECLARE_TR_FUNCTIONS(ReportParser)
public:
    struct Result
    {
        bool ok = false;
        QString error; // human-readable reason when !ok, without the file name
        ParsedReport report;
    };

    // fileName is used only to tell HTML from text (.html/.htm) when the content is ambiguous.
    Result parse(const QByteArray& bytes, const QString& fileName = QString()) const;
    // For pasted text: no decoding step.
    Result parseText(const QString& text, bool isHtml = false) const;

    // The text stages alone, for callers that already split and decoded: plain text into trimmed,
    // non-empty lines (full-width spaces, NBSP and zero-width characters count as blank).
    static TextLines splitLines(const QString& text);
};

} // namespace rs
