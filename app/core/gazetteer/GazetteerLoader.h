#pragma once

#include <QString>

class QIODevice;

namespace rs {

class Gazetteer;

// Reads the tab-separated tables written by tools/derive-gazetteer (provinces.tsv, cities.tsv,
// counties.tsv: code, name, parent code, functional-zone flag) into a Gazetteer.
class GazetteerLoader
{
public:
    // `dir` is a filesystem directory or a Qt resource path such as ":/gazetteer".
    static bool loadDirectory(Gazetteer& gazetteer, const QString& dir, QString* error = nullptr);

private:
    static bool loadTable(Gazetteer& gazetteer, QIODevice& device, const QString& fileName, QString* error);
    static bool finish(Gazetteer& gazetteer, QString* error);
};

} // namespace rs
