#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rs {

// CSV as spreadsheets read it (RFC 4180): a field is quoted when it holds a comma, a quote or a line
// break, rows end in CRLF, and the file is UTF-8 with a byte order mark (without it, Excel reads
// Chinese as the system's legacy code page).
class CsvText
{
public:
    static QString field(const QString& value);
    // The fields, quoted as needed and joined with commas, with the row's CRLF.
    static QString row(const QStringList& fields);
    // The rows as the file's bytes.
    static QByteArray document(const QString& rows);
};

} // namespace rs
