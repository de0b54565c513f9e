#pragma once

#include <QString>

class QCoreApplication;

namespace rs {

// Installs the UI translation: the language chosen in Settings ("ui/language": "en", "zh_CN"), or the
// system locale when none is chosen. English is the source language and needs no translator.
class LanguageLoader
{
public:
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    // Returns the language in effect ("en" or "zh_CN").
    static QString install(QCoreApplication& app, const QString& requested = QString());
};

} // namespace rs
