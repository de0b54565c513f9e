#include "TaxonomyFile.h"

#include "metrics/Taxonomy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace rs {

QString TaxonomyFile::userPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("taxonomy.json"));
}

std::shared_ptr<const Taxonomy> TaxonomyFile::load(QString* warning)
{
    const std::shared_ptr<const Taxonomy> builtin(&Taxonomy::builtin(), [](const Taxonomy*) {});
    const QString path = userPath();
    if (!QFileInfo::exists(path))
        return builtin;
    QString error;
    auto user = std::make_shared<Taxonomy>(Taxonomy::loadFromFile(path, &error));
    if (user->isEmpty()) {
        if (warning)
            *warning = tr("%1: %2; the built-in taxonomy is used instead")
                           .arg(path, error.isEmpty() ? tr("no metric keys") : error);
        return builtin;
    }
    return user;
}

bool TaxonomyFile::addCue(const QString& path, const QString& key, const QString& cue, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString word = cue.trimmed();
    if (word.isEmpty() || word.size() > 12 || word.contains(QLatin1Char(' ')))
        return fail(tr("\"%1\" is not a cue word: give one word of at most 12 characters").arg(cue));
    // The user file when there is one, else the built-in taxonomy it will replace.
    const QString source = QFileInfo::exists(path) ? path : QStringLiteral(":/metrics/taxonomy.json");
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(source, in.errorString()));
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!document.isObject())
        return fail(tr("%1 is not a taxonomy file: %2").arg(source, parseError.errorString()));
    QJsonObject root = document.object();
    QJsonArray keys = root.value(QStringLiteral("keys")).toArray();
    int index = -1;
    for (int i = 0; i < keys.size() && index < 0; ++i) {
        if (keys.at(i).toObject().value(QStringLiteral("key")).toString() == key)
            index = i;
    }
    if (index < 0)
        return fail(tr("the taxonomy in %1 has no metric key %2").arg(source, key));
    QJsonObject entry = keys.at(index).toObject();
    QJsonArray cues = entry.value(QStringLiteral("cues")).toArray();
    if (cues.contains(QJsonValue(word)))
        return true;
    cues.append(word);
    entry.insert(QStringLiteral("cues"), cues);
    keys.replace(index, entry);
    root.insert(QStringLiteral("keys"), keys);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QString invalid;
    if (Taxonomy::fromJson(json, &invalid).isEmpty())
        return fail(tr("adding \"%1\" would leave %2 unreadable: %3").arg(word, path, invalid));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(tr("the folder of %1 cannot be created").arg(path));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return fail(tr("%1 cannot be written: %2").arg(path, out.errorString()));
    return true;
}

} // namespace rs
