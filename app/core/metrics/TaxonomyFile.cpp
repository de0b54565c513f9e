#include "TaxonomyFile.h"

#include "metrics/Taxonomy.h"

#include <QDir>
#include <QFileInfo>
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

} // namespace rs
