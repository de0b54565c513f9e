#include "TestFiles.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>

QString writeTestFile(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qWarning() << "cannot write" << path;
        return QString();
    }
    return path;
}
