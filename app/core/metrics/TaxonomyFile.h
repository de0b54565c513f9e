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

    // Teaches the taxonomy at `path` (the user file, created from the built-in one when missing) that
    // `cue` names `key`: what an analyst's correction of a figure's key offers. A cue the key already
    // has is not added twice. False with a message in words when the key is unknown, the cue is not a
    // word (empty, spaces, longer than 12 characters) or the file cannot be read or written; the file
    // is then as it was.
    static bool addCue(const QString& path, const QString& key, const QString& cue, QString* error = nullptr);
};

} // namespace rs
