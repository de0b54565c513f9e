#include "TextDecoder.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

namespace rs {

namespace {

// Above this share of U+FFFD/control characters the bytes were not in the charset we tried.
constexpr double kMaxGarbage = 0.03;
// Legacy decoders map most byte pairs to some character; Chinese text decoded with the right
// charset is nearly all Han, ASCII and CJK punctuation.
constexpr double kMaxImplausible = 0.2;
// ucsdet gets slow on large inputs and a prefix is enough to recognise a charset.
constexpr int kDetectPrefix = 64 * 1024;

bool startsWith(const QByteArray& bytes, const char* magic, int length)
{
    return bytes.size() >= length && memcmp(bytes.constData(), magic, size_t(length)) == 0;
}

struct ConverterCloser
{
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser
{
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

QString decodeWithIcu(const char* data, int size, const char* charset, bool* ok)
{
    *ok = false;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return {};
    // Every input byte yields at most one UTF-16 unit (4-byte GB18030 sequences yield two).
    QString out(size + 4, Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(conv.get(), reinterpret_cast<UChar*>(out.data()),
                                         int32_t(out.size()), data, size, &status);
    if (U_FAILURE(status))
        return {};
    out.truncate(length);
    *ok = true;
    return out;
}

// UTF-16 without BOM is recognisable by NUL bytes on one parity only; checked before the NUL test
// that would otherwise call it binary.
const char* sniffBomlessUtf16(const QByteArray& bytes)
{
    const int n = qMin<int>(bytes.size(), 4096) & ~1;
    if (n < 8)
        return nullptr;
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
        evenNul += bytes[i] == 0;
        oddNul += bytes[i + 1] == 0;
    }
    // ASCII (spaces, digits, punctuation) puts a NUL on one parity; Han characters rarely do.
    const int pairs = n / 2;
    if (oddNul * 20 > pairs && evenNul * 50 < pairs && evenNul * 4 < oddNul)
        return "UTF-16LE";
    if (evenNul * 20 > pairs && oddNul * 50 < pairs && oddNul * 4 < evenNul)
        return "UTF-16BE";
    return nullptr;
}

QString canonicalCharset(QByteArray name)
{
    name = name.trimmed().toUpper();
    if (name == "GBK" || name == "GB2312" || name == "GB18030" || name == "CP936" || name == "X-GBK" ||
        name == "EUC-CN" || name == "HZ-GB-2312" || name == "WINDOWS-936")
        return QStringLiteral("GB18030");
    if (name == "BIG5" || name == "BIG5-HKSCS" || name == "X-BIG5")
        return QStringLiteral("Big5");
    if (name == "UTF-8" || name == "UTF8")
        return QStringLiteral("UTF-8");
    return {};
}

QString detectCharset(const QByteArray& bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {};
    ucsdet_setText(det.get(), bytes.constData(), qMin<int>(bytes.size(), kDetectPrefix), &status);
    const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
    if (U_FAILURE(status) || !match)
        return {};
    const char* name = ucsdet_getName(match, &status);
    if (U_FAILURE(status) || !name)
        return {};
    // BOM-less UTF-16 guesses are left to sniffBomlessUtf16: ucsdet happily calls any run of
    // high bytes UTF-16 and the result has no replacement characters to betray it.
    return canonicalCharset(QByteArray(name));
}

} // namespace

bool TextDecoder::isBlank(const QString& text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF) && c != QChar(0x200B))
            return false;
    }
    return true;
}

double TextDecoder::implausibleRatio(const QString& text)
{
    if (text.isEmpty())
        return 0;
    qsizetype odd = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool plausible = (u >= 0x20 && u < 0x7F) || u == '\n' || u == '\r' || u == '\t' ||
                               (u >= 0xA0 && u < 0x250) || (u >= 0x2000 && u < 0x2070) ||
                               (u >= 0x2100 && u < 0x2700) || (u >= 0x2E80 && u < 0xA000) ||
                               (u >= 0xF900 && u < 0xFB00) || (u >= 0xFE30 && u < 0xFE50) ||
                               (u >= 0xFF00 && u < 0xFFF0) || c.isSurrogate();
        odd += plausible ? 0 : 1;
    }
    return double(odd) / double(text.size());
}

double TextDecoder::garbageRatio(const QString& text)
{
    if (text.isEmpty())
        return 0;
    qsizetype bad = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0xFFFD || (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f') ||
            (u >= 0x7F && u < 0xA0))
            ++bad;
    }
    return double(bad) / double(text.size());
}

QString TextDecoder::binaryDescription(const QByteArray& bytes)
{
    struct Magic
    {
        const char* bytes;
        int length;
        const char* kind;
    };
    static const Magic magics[] = {
        {"\x89PNG\r\n\x1a\n", 8, QT_TR_NOOP("binary data (PNG image)")},
        {"\xFF\xD8\xFF", 3, QT_TR_NOOP("binary data (JPEG image)")},
        {"GIF87a", 6, QT_TR_NOOP("binary data (GIF image)")},
        {"GIF89a", 6, QT_TR_NOOP("binary data (GIF image)")},
        {"%PDF-", 5, QT_TR_NOOP("binary data (PDF document)")},
        {"PK\x03\x04", 4, QT_TR_NOOP("binary data (ZIP archive or Office document)")},
        {"PK\x05\x06", 4, QT_TR_NOOP("binary data (ZIP archive or Office document)")},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, QT_TR_NOOP("binary data (legacy Office document)")},
        {"\x7F"
         "ELF",
         4, QT_TR_NOOP("binary data (ELF executable)")},
        {"\x1F\x8B", 2, QT_TR_NOOP("binary data (gzip archive)")},
        {"7z\xBC\xAF\x27\x1C", 6, QT_TR_NOOP("binary data (7-Zip archive)")},
        {"Rar!\x1A\x07", 6, QT_TR_NOOP("binary data (RAR archive)")},
        {"SQLite format 3", 16, QT_TR_NOOP("binary data (SQLite database)")},
        {"RIFF", 4, QT_TR_NOOP("binary data (RIFF media file)")},
        {"\x00\x00\x01\x00", 4, QT_TR_NOOP("binary data (icon image)")},
        {"II*\x00", 4, QT_TR_NOOP("binary data (TIFF image)")},
        {"MM\x00*", 4, QT_TR_NOOP("binary data (TIFF image)")},
        {"{\\rtf", 5, QT_TR_NOOP("binary data (RTF document)")},
    };
    for (const Magic& m : magics) {
        if (startsWith(bytes, m.bytes, m.length))
            return tr(m.kind);
    }
    // Windows executables start with "MZ", which a text file could too; the NUL bytes settle it.
    const int probe = qMin<int>(bytes.size(), 8192);
    const bool hasNul = memchr(bytes.constData(), 0, size_t(probe)) != nullptr;
    if (hasNul && startsWith(bytes, "MZ", 2))
        return tr("binary data (Windows executable)");
    if (hasNul)
        return tr("binary data");
    return {};
}

TextDecoder::Result TextDecoder::decode(const QByteArray& bytes, const QByteArray& charsetHint)
{
    Result r;
    if (bytes.isEmpty()) {
        r.error = tr("empty file");
        return r;
    }

    const auto finish = [&r](QString text, const QString& encoding) -> Result {
        if (isBlank(text)) {
            r.error = tr("empty file");
            return r;
        }
        if (!text.isEmpty() && text.front() == QChar(0xFEFF))
            text.remove(0, 1);
        if (garbageRatio(text) > kMaxGarbage) {
            r.error = tr("undecodable bytes (not UTF-8, GB18030 or UTF-16)");
            return r;
        }
        r.ok = true;
        r.text = std::move(text);
        r.encoding = encoding;
        return r;
    };

    bool ok = false;
    if (startsWith(bytes, "\xFF\xFE", 2) || startsWith(bytes, "\xFE\xFF", 2)) {
        const bool le = bytes[0] == '\xFF';
        const char* name = le ? "UTF-16LE" : "UTF-16BE";
        QString text = decodeWithIcu(bytes.constData() + 2, int(bytes.size() - 2), name, &ok);
        return finish(text, QString::fromLatin1(name));
    }
    if (const char* utf16 = sniffBomlessUtf16(bytes)) {
        QString text = decodeWithIcu(bytes.constData(), int(bytes.size()), utf16, &ok);
        if (ok && garbageRatio(text) <= kMaxGarbage && implausibleRatio(text) <= kMaxImplausible)
            return finish(text, QString::fromLatin1(utf16));
    }

    const QString binary = binaryDescription(bytes);
    if (!binary.isEmpty()) {
        r.error = binary;
        return r;
    }

    const bool utf8Bom = startsWith(bytes, "\xEF\xBB\xBF", 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(QByteArrayView(bytes).sliced(utf8Bom ? 3 : 0));
    if (!utf8.hasError()) {
        if (garbageRatio(text) > 0.1) {
            r.error = tr("binary data");
            return r;
        }
        return finish(text, QStringLiteral("UTF-8"));
    }

    // Not UTF-8: trust a declared charset first, then ICU's guess, then GB18030, which covers
    // GB2312/GBK and is by far the most common legacy encoding of mainland reports.
    QStringList candidates;
    const QString declared = canonicalCharset(charsetHint);
    if (!declared.isEmpty() && declared != QLatin1String("UTF-8"))
        candidates << declared;
    const QString detected = detectCharset(bytes);
    if (!detected.isEmpty() && detected != QLatin1String("UTF-8") && !candidates.contains(detected))
        candidates << detected;
    if (!candidates.contains(QLatin1String("GB18030")))
        candidates << QStringLiteral("GB18030");

    QString best;
    QString bestEncoding;
    double bestGarbage = 2;
    for (const QString& charset : candidates) {
        const QByteArray name = charset.toLatin1();
        QString decoded = decodeWithIcu(bytes.constData(), int(bytes.size()), name.constData(), &ok);
        if (!ok)
            continue;
        const double garbage = garbageRatio(decoded);
        if (garbage < bestGarbage) {
            bestGarbage = garbage;
            best = std::move(decoded);
            bestEncoding = charset;
        }
        if (garbage == 0)
            break;
    }
    if (bestEncoding.isEmpty()) {
        r.error = tr("undecodable bytes (not UTF-8, GB18030 or UTF-16)");
        return r;
    }
    if (implausibleRatio(best) > kMaxImplausible) {
        r.error = tr("undecodable bytes (not UTF-8, GB18030 or UTF-16)");
        return r;
    }
    return finish(best, bestEncoding);
}

} // namespace rs
