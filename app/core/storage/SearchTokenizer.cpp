#include "SearchTokenizer.h"

#include "SearchRanking.h"
#include "util/HanScriptFold.h"

#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <vector>

namespace rs {
namespace {

struct CodePoint
{
    UChar32 value = 0;
    int start = 0;
    int end = 0;
};

enum class Kind
{
    Space,
    Han,
    Word,
    Symbol
};

// Full-width ASCII forms are typed by Chinese input methods; fold them so "１.５亿" finds "1.5亿".
UChar32 foldWidth(UChar32 c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return c - 0xFEE0;
    if (c == 0x3000)
        return 0x20;
    return c;
}

Kind kindOf(UChar32 c)
{
    // Fast paths for what nearly all text is: ASCII and the main CJK block.
    if (c < 0x80) {
        if (c < 0x21 || c == 0x7F)
            return Kind::Space;
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? Kind::Word
                                                                                          : Kind::Symbol;
    }
    if (c >= 0x4E00 && c <= 0x9FFF)
        return Kind::Han;
    if (c < 0x21 || u_isUWhiteSpace(c) || u_iscntrl(c) || u_charType(c) == U_FORMAT_CHAR || c == 0xFFFD)
        return Kind::Space;
    if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC))
        return Kind::Han;
    if (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK)
        return Kind::Word;
    return Kind::Symbol;
}

template <typename Sink> int emitToken(const Sink& sink, const CodePoint* first, int count, bool colocated)
{
    // One buffer per thread, written in place: the tokenizer runs for every stored report and every
    // snippet, and an allocation or an append call per token dominated its cost.
    thread_local SearchTokenizer::Token token;
    token.text.resize(count * U8_MAX_LENGTH);
    char* out = token.text.data();
    int length = 0;
    for (int i = 0; i < count; ++i) {
        const UChar32 c = first[i].value;
        if (c < 0x80) {
            out[length++] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else {
            const UChar32 folded = (c >= 0x4E00 && c <= 0x9FFF) ? c : u_foldCase(c, U_FOLD_CASE_DEFAULT);
            U8_APPEND_UNSAFE(out, length, folded);
        }
    }
    token.text.resize(length);
    token.start = first[0].start;
    token.end = first[count - 1].end;
    token.colocated = colocated;
    return sink(token);
}

// In a query, a run of two or more characters is the phrase of its bigrams. When more tokens follow, the
// run's last character is added as well: the document has a token at that position (the next bigram,
// with the character colocated), so the following token's position stays aligned.
template <typename Sink>
int emitHanRun(const Sink& sink, const std::vector<CodePoint>& run, SearchTokenizer::Mode mode,
               std::vector<CodePoint>* pendingTail)
{
    const int n = int(run.size());
    if (mode == SearchTokenizer::Mode::Query) {
        if (n == 1)
            return emitToken(sink, run.data(), 1, false);
        for (int i = 0; i + 1 < n; ++i) {
            if (const int rc = emitToken(sink, run.data() + i, 2, false))
                return rc;
        }
        pendingTail->assign(1, run.back());
        return 0;
    }
    // The bigram carries the position so highlighting (which skips colocated tokens) spans both
    // characters of a two-character hit.
    for (int i = 0; i < n; ++i) {
        if (i + 1 < n) {
            if (const int rc = emitToken(sink, run.data() + i, 2, false))
                return rc;
            if (const int rc = emitToken(sink, run.data() + i, 1, true))
                return rc;
        } else if (const int rc = emitToken(sink, run.data() + i, 1, false)) {
            return rc;
        }
    }
    return 0;
}

// Called with every token, the output is a template parameter so FTS5's indexing (xTokenize) calls
// it directly, not through a std::function per token.
template <typename Output>
int tokenizeWith(const char* utf8, int size, SearchTokenizer::Mode mode, const Output& output)
{
    std::vector<CodePoint> pendingTail; // see emitHanRun: dropped when the query ends with the run
    const auto sink = [&](const SearchTokenizer::Token& token) {
        if (!pendingTail.empty()) {
            const SearchTokenizer::Token next = token; // emitToken reuses the buffer token lives in
            const std::vector<CodePoint> tail = std::move(pendingTail);
            pendingTail.clear();
            if (const int rc = emitToken(output, tail.data(), 1, false))
                return rc;
            return output(next);
        }
        return output(token);
    };
    std::vector<CodePoint> run;
    Kind runKind = Kind::Space;
    auto flush = [&]() -> int {
        int rc = 0;
        if (!run.empty()) {
            if (runKind == Kind::Han)
                rc = emitHanRun(sink, run, mode, &pendingTail);
            else if (runKind == Kind::Word)
                rc = emitToken(sink, run.data(), int(run.size()), false);
        }
        run.clear();
        return rc;
    };
    int offset = 0;
    while (offset < size) {
        CodePoint cp;
        cp.start = offset;
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(utf8), offset, size, c);
        cp.end = offset;
        // Traditional and simplified index and query as one script: 培訓 finds 培训 and the other way.
        cp.value = c < 0 ? 0xFFFD : HanScriptFold::fold(foldWidth(c));
        const Kind kind = kindOf(cp.value);
        if (kind != runKind || kind == Kind::Symbol) {
            if (const int rc = flush())
                return rc;
            runKind = kind;
        }
        if (kind == Kind::Symbol) {
            if (const int rc = emitToken(sink, &cp, 1, false))
                return rc;
        } else if (kind != Kind::Space) {
            run.push_back(cp);
        }
    }
    return flush();
}

struct SqliteTokenizer
{
};

int xCreate(void*, const char**, int, Fts5Tokenizer** out)
{
    static SqliteTokenizer instance; // stateless: one shared object is enough
    *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer*) {}

int xTokenize(Fts5Tokenizer*, void* context, int flags, const char* text, int size,
              int (*token)(void*, int, const char*, int, int, int))
{
    const SearchTokenizer::Mode mode =
        (flags & FTS5_TOKENIZE_QUERY) ? SearchTokenizer::Mode::Query : SearchTokenizer::Mode::Document;
    return tokenizeWith(text, size, mode, [&](const SearchTokenizer::Token& t) {
        return token(context, t.colocated ? FTS5_TOKEN_COLOCATED : 0, t.text.constData(), int(t.text.size()),
                     t.start, t.end);
    });
}

} // namespace

int SearchTokenizer::tokenize(const char* utf8, int size, Mode mode, const Sink& sink)
{
    return tokenizeWith(utf8, size, mode, sink);
}

QStringList SearchTokenizer::tokens(const QString& text, Mode mode)
{
    QStringList result;
    const QByteArray utf8 = text.toUtf8();
    tokenize(utf8.constData(), int(utf8.size()), mode, [&](const Token& token) {
        result.append((token.colocated ? QStringLiteral("+") : QString()) + QString::fromUtf8(token.text));
        return 0;
    });
    return result;
}

bool SearchTokenizer::registerWith(sqlite3* db, QString* error)
{
    // The documented way to reach the FTS5 API: SELECT fts5(?1) fills a bound pointer.
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2) {
        if (error)
            *error = QStringLiteral("SQLite was built without FTS5");
        return false;
    }
    static fts5_tokenizer tokenizer = {xCreate, xDelete, xTokenize};
    if (api->xCreateTokenizer(api, name(), nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    // The search's rank function needs the same API handle; registered here so a connection that can
    // read the index can always rank it.
    return SearchRanking::registerWith(api, error);
}

} // namespace rs
