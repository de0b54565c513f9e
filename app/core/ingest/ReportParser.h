#pragma once

#include "MetadataDetector.h"
#include "TextLine.h"
#include "domain/ParsedReport.h"
#include "util/ImportTimings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rs {

// Decodes raw bytes (UTF-8 with/without BOM, UTF-16 with BOM, GB18030/GBK), converts HTML to text,
// removes web boilerplate, collapses a report that repeats itself and detects metadata. PDF, Word
// (.docx) and saved WeChat articles are recognised from their content and read by their extractors
// first. Pure: no I/O, no database. Errors are specific ("binary data (PNG image)", "empty file",
// "scanned PDF: no text layer", ...).
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

    // fileName is used only to tell HTML from text (.html/.htm), and a PDF behind leading junk,
    // when the content is ambiguous.
    Result parse(const QByteArray& bytes, const QString& fileName = QString()) const;
    // For pasted text: no decoding step.
    Result parseText(const QString& text, bool isHtml = false) const;

    // The text stages alone, for callers that already split and decoded: plain text into trimmed,
    // non-empty lines (full-width spaces, NBSP and zero-width characters count as blank).
    static TextLines splitLines(const QString& text);

    // Adds each stage's time (decode, clean, metadata) to timings; null stops timing.
    void setTimings(ImportTimings* timings) { m_timings = timings; }

private:
    Result parsePdf(const QByteArray& bytes) const;
    Result parseDocx(const QByteArray& bytes) const;
    Result parseWeChat(const QString& html) const;
    // The cleaning every format shares, from lines on.
    Result clean(TextLines lines, MetadataDetector::Hints hints, bool guessCaptions) const;
    // Lines of laid-out documents: an official document's header and signature, then cleaning.
    Result cleanDocument(TextLines lines, MetadataDetector::Hints hints) const;

    ImportTimings* m_timings = nullptr;
};

} // namespace rs
