#pragma once

#include <QByteArray>
#include <QString>

// Writes `bytes` to `name` below `folder`, making the folders between; the file's path, or an empty string
// (with a warning) when it cannot be written. What suites that read files of their own making share.
QString writeTestFile(const QString& folder, const QString& name, const QByteArray& bytes);
