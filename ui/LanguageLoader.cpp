#include "LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace rs {

namespace {

// The translators in effect, removed when the language changes while the app runs.
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

} // namespace

QString LanguageLoader::install(QCoreApplication& app, const QString& requested)
{
    QString language = requested.isEmpty() ? QSettings().value(settingsKey()).toString() : requested;
    if (language.isEmpty())
        language =
            QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    for (const QPointer<QTranslator>& translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installed().clear();
    if (language != QLatin1String("zh_CN")) {
        // Dates and numbers follow the language: the system's conventions unless it is Chinese.
        QLocale::setDefault(QLocale::system().language() == QLocale::Chinese
                                ? QLocale(QLocale::English, QLocale::UnitedStates)
                                : QLocale::system());
        return QStringLiteral("en");
    }

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/regionscope_zh_CN.qm")))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app); // standard dialogs and buttons
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    installed() << ours << qt;
    return language;
}

} // namespace rs
