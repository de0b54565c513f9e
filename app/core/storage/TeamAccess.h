#pragma once

#include <QCoreApplication>
#include <QString>

namespace rs {

class Database;

// What the connection's role may change in the corpus (issue 18), so the interface disables what the
// database would refuse rather than failing after the fact. The database still enforces the rules
// (PostgresTeam); this only reads them. A SQLite file, the owner of a PostgreSQL database and a
// superuser change everything.
class TeamAccess
{
    Q_DECLARE_TR_FUNCTIONS(TeamAccess)

public:
    enum class Level
    {
        Owner,  // a SQLite file, the database's owner or a superuser: no team rule applies
        Lead,   // the codebook, imports, report edits and anyone's annotations
        Coder,  // their own annotations
        Reader, // nothing
        None    // a login role in none of the team's groups: the lead has not added it yet
    };

    // The level of the connection's login role; false with a message in words when the server did not
    // answer.
    static bool of(Database& database, Level* level, QString* error = nullptr);

    // Imports, report edits, the codebook.
    static bool editsCorpus(Level level) { return level == Level::Owner || level == Level::Lead; }
    // Adding annotations (and changing one's own).
    static bool annotates(Level level) { return editsCorpus(level) || level == Level::Coder; }
};

} // namespace rs
