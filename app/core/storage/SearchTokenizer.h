#pragma once

#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;

namespace rs {

// The FTS5 tokenizer "regionscope", registered on every SQLite connection. Chinese has no spaces and
// most queries are two characters, which the trigram tokenizer cannot match, so a run of Han
// characters is indexed as overlapping bigrams (each the token at its position) with each single
// character colocated at the same position. A query of two or more Han characters becomes a phrase
// of bigrams, one character a single-character token: every length is an exact substring match.
// Runs of other letters and digits are case-folded words; every other visible character (punctuation,
// symbols) is a token of its own, so typed quotes, parentheses and operators can be searched as text.
class SearchTokenizer
{
public:
    static const char* name() { return "regionscope"; }

    enum class Mode
    {
        Document,
        Query
    };
    struct Token
    {
        QByteArray text; // UTF-8, folded
        int start = 0;   // byte offsets into the UTF-8 input
        int end = 0;
        bool colocated = false; // at the same position as the previous token
    };
    // Stops early and returns the callback's non-zero result.
    using Sink = std::function<int(const Token&)>;
    static int tokenize(const char* utf8, int size, Mode mode, const Sink& sink);

    // For tests and diagnostics: the token texts of text, colocated ones prefixed with '+'.
    static QStringList tokens(const QString& text, Mode mode);

    // Makes the tokenizer available to FTS5 on this connection; false with a message on failure.
    static bool registerWith(sqlite3* db, QString* error);
};

} // namespace rs
