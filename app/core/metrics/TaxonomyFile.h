#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace rs {

class Taxonomy;

// Where the taxonomy comes from: a user file (taxonomy.json in the data directory) replaces the
// built-in one, so analysts can add keys and cue words and re-extract.
class TaxonomyFile
{
    Q_DECLARE_TR_FUNCTIONS(TaxonomyFile)

public:
    static QString userPath();
    // The user file when it exists and is valid, else the built-in taxonomy. A broken user file is
    // reported in *warning (which file, what is wrong) and ignored.
    static std::shared_ptr<const Taxonomy> load(QString* warning = nullptr);
};

} // namespace rs
