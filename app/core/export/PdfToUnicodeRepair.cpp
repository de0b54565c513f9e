#include "PdfToUnicodeRepair.h"

#include "util/CjkRadicals.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <utility>

namespace rs {
namespace {

// Radicals, strokes and their supplement: the code points below the unified ideographs a CJK font
// maps to an ideograph's glyph.
bool isRadicalRange(char32_t c)
{
    return c >= 0x2E80 && c <= 0x31EF;
}

QByteArray utf16Hex(char32_t codePoint)
{
    const QString text = QString::fromUcs4(&codePoint, 1);
    QByteArray hex;
    for (QChar unit : text)
        hex += QByteArray::number(unit.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

// A destination of the map: one UTF-16 code unit in radical range becomes its ideograph.
QByteArray mapDestination(const QByteArray& hex, bool* changed)
{
    if (hex.size() != 4)
        return hex;
    bool ok = false;
    const char32_t code = hex.toUInt(&ok, 16);
    if (!ok || !isRadicalRange(code))
        return hex;
    const char32_t unified = CjkRadicals::unifiedIdeograph(code);
    if (unified == code)
        return hex;
    *changed = true;
    return utf16Hex(unified);
}

using Entry = std::pair<quint32, QByteArray>; // glyph code, destination as UTF-16 hex

// The entries of every bfchar and bfrange block, ranges expanded; false when the text has a form this
// reader does not know (then the map is left alone).
bool readEntries(const QByteArray& cmap, QList<Entry>* entries)
{
    static const QRegularExpression block(QStringLiteral("\\d+\\s+begin(bfchar|bfrange)\\s(.*?)\\s*end\\1"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]"));
    const QString text = QString::fromLatin1(cmap);
    QRegularExpressionMatchIterator blocks = block.globalMatch(text);
    while (blocks.hasNext()) {
        const QRegularExpressionMatch b = blocks.next();
        const bool range = b.captured(1) == QLatin1String("bfrange");
        QStringList tokens;
        QRegularExpressionMatchIterator it = hex.globalMatch(b.captured(2));
        while (it.hasNext())
            tokens << it.next().captured(0);
        qsizetype i = 0;
        auto code = [&](qsizetype at) {
            return tokens.value(at).mid(1, tokens.value(at).size() - 2).toUInt(nullptr, 16);
        };
        auto inner = [&](qsizetype at) {
            return tokens.value(at).mid(1, tokens.value(at).size() - 2).toLatin1().toUpper();
        };
        while (i < tokens.size()) {
            if (!range) {
                if (i + 1 >= tokens.size())
                    return false;
                entries->append({code(i), inner(i + 1)});
                i += 2;
                continue;
            }
            if (i + 2 >= tokens.size())
                return false;
            const quint32 first = code(i);
            const quint32 last = code(i + 1);
            if (last < first || last - first > 0xFFFF)
                return false;
            if (tokens.at(i + 2) == QLatin1String("[")) {
                qsizetype j = i + 3;
                for (quint32 c = first; c <= last; ++c, ++j) {
                    if (j >= tokens.size() || tokens.at(j) == QLatin1String("]"))
                        return false;
                    entries->append({c, inner(j)});
                }
                if (tokens.value(j) != QLatin1String("]"))
                    return false;
                i = j + 1;
                continue;
            }
            // <first> <last> <start>: consecutive code points; only single code units are ever ranged.
            const QByteArray start = inner(i + 2);
            if (start.size() != 4)
                return false;
            const quint32 startCode = start.toUInt(nullptr, 16);
            for (quint32 c = first; c <= last; ++c)
                entries->append(
                    {c, QByteArray::number(startCode + (c - first), 16).rightJustified(4, '0').toUpper()});
            i += 3;
        }
    }
    return true;
}

} // namespace

QByteArray PdfToUnicodeRepair::repairCMap(const QByteArray& cmap)
{
    // From the first block's start to the last block's end (greedy): header and footer stay as they are.
    static const QRegularExpression blocksRe(
        QStringLiteral("\\d+\\s+beginbf(?:char|range).*end(?:bfchar|bfrange)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch blocks = blocksRe.match(QString::fromLatin1(cmap));
    if (!blocks.hasMatch())
        return cmap;
    QList<Entry> entries;
    if (!readEntries(cmap, &entries))
        return cmap;
    bool changed = false;
    for (Entry& entry : entries)
        entry.second = mapDestination(entry.second, &changed);
    if (!changed)
        return cmap;
    // Written back as bfchar blocks of at most 100 entries, the limit of a CMap block.
    QByteArray written;
    for (qsizetype i = 0; i < entries.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, entries.size() - i);
        written += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = i; j < i + n; ++j) {
            written += '<' + QByteArray::number(entries.at(j).first, 16).rightJustified(4, '0').toUpper() +
                       "> <" + entries.at(j).second + ">\n";
        }
        written += "endbfchar";
        if (i + n < entries.size())
            written += '\n';
    }
    return cmap.left(blocks.capturedStart()) + written + cmap.mid(blocks.capturedEnd());
}

QByteArray PdfToUnicodeRepair::repair(const QByteArray& pdf)
{
    struct Change
    {
        qsizetype at;    // offset in the original where the change starts
        qsizetype delta; // bytes added (negative: removed)
    };
    QList<Change> changes;
    QByteArray out;
    qsizetype copied = 0;
    static const QRegularExpression lengthRe(QStringLiteral("/Length\\s+(\\d+)(?!\\s+\\d+\\s+R)"));
    for (qsizetype cmapAt = pdf.indexOf("begincmap"); cmapAt >= 0;
         cmapAt = pdf.indexOf("begincmap", cmapAt + 1)) {
        const qsizetype streamKeyword = pdf.lastIndexOf("stream", cmapAt);
        const qsizetype dictionaryStart = pdf.lastIndexOf("<<", streamKeyword);
        if (streamKeyword < 0 || dictionaryStart < copied)
            continue;
        qsizetype dataStart = streamKeyword + 6;
        if (pdf.mid(dataStart, 2) == "\r\n")
            dataStart += 2;
        else if (pdf.at(dataStart) == '\n')
            dataStart += 1;
        const QString dictionary =
            QString::fromLatin1(pdf.mid(dictionaryStart, streamKeyword - dictionaryStart));
        const QRegularExpressionMatch length = lengthRe.match(dictionary);
        if (!length.hasMatch() || dictionary.contains(QLatin1String("/Filter")))
            continue;
        const qsizetype dataLength = length.captured(1).toLongLong();
        if (dataStart + dataLength > pdf.size())
            continue;
        const QByteArray cmap = pdf.mid(dataStart, dataLength);
        const QByteArray repaired = repairCMap(cmap);
        if (repaired == cmap)
            continue;
        // The dictionary's /Length, then the stream's data.
        const qsizetype lengthAt = dictionaryStart + length.capturedStart(1);
        const QByteArray newLength = QByteArray::number(repaired.size());
        out += pdf.mid(copied, lengthAt - copied) + newLength;
        changes.append({lengthAt, newLength.size() - length.capturedLength(1)});
        copied = lengthAt + length.capturedLength(1);
        out += pdf.mid(copied, dataStart - copied) + repaired;
        changes.append({dataStart, repaired.size() - dataLength});
        copied = dataStart + dataLength;
    }
    if (changes.isEmpty())
        return pdf;
    out += pdf.mid(copied);

    auto moved = [&changes](qsizetype offset) {
        qsizetype shifted = offset;
        for (const Change& change : changes) {
            if (change.at < offset)
                shifted += change.delta;
        }
        return shifted;
    };
    // The cross-reference table: fixed-width entries "0000012345 00000 n" with the offsets that moved.
    const qsizetype xref = out.lastIndexOf("\nxref");
    const qsizetype trailer = out.indexOf("trailer", xref);
    if (xref < 0 || trailer < 0)
        return pdf;
    static const QRegularExpression entryRe(QStringLiteral("(\\d{10}) (\\d{5}) n"));
    QString table = QString::fromLatin1(out.mid(xref, trailer - xref));
    QRegularExpressionMatchIterator it = entryRe.globalMatch(table);
    QList<std::pair<qsizetype, qsizetype>> fixes; // position in table, new offset
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        fixes.append({m.capturedStart(1), moved(m.captured(1).toLongLong())});
    }
    for (const auto& [position, offset] : fixes)
        table.replace(position, 10, QString::number(offset).rightJustified(10, u'0'));
    out.replace(xref, trailer - xref, table.toLatin1());
    static const QRegularExpression startXref(QStringLiteral("startxref\\s+(\\d+)"));
    const QString end = QString::fromLatin1(out.mid(trailer));
    const QRegularExpressionMatch s = startXref.match(end);
    if (s.hasMatch()) {
        out.replace(trailer + s.capturedStart(1), s.capturedLength(1),
                    QByteArray::number(moved(s.captured(1).toLongLong())));
    }
    return out;
}

} // namespace rs
