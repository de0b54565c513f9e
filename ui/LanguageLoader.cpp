#include "LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rs {

QString LanguageLoader::install(QCoreApplication& app, const QString& requested)
{
    QString language = requested.isEmpty() ? QSettings().value(settingsKey()).toString() : requested;
    if (language.isEmpty())
        language =
            QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (language != QLatin1String("zh_CN"))
        return QStringLiteral("en");

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/regionscope_zh_CN.qm")))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app); // standard dialogs and buttons
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace rs
