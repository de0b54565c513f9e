#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rs {

// Turns raw file bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE, GB18030/GBK and, when
// ICU detects it, Big5. Rejects empty, binary and undecodable input with a user-visible reason.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString encoding; // "UTF-8", "GB18030", "UTF-16LE", ...
        QString error;
    };

    // charsetHint comes from an HTML <meta charset>; it is honoured only when the bytes are not
    // valid UTF-8, because pages often declare a charset they were not saved in.
    static Result decode(const QByteArray& bytes, const QByteArray& charsetHint = QByteArray());

    // Non-empty description ("binary data (PNG image)", "binary data") when bytes are not text.
    static QString binaryDescription(const QByteArray& bytes);
    // Share of U+FFFD and control characters; high values mean the wrong charset was used.
    static double garbageRatio(const QString& text);
    // Share of characters outside the scripts a Chinese report uses (Han, ASCII, CJK punctuation).
    static double implausibleRatio(const QString& text);
    static bool isBlank(const QString& text);
};

} // namespace rs
