#include "IndicatorImport.h"

#include "gazetteer/Gazetteer.h"
#include "util/ZipArchive.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <cmath>

namespace rs {
namespace {

// "B12" → column 1 (0-based); -1 when the reference has no letters.
int columnOf(const QString& reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

int rowOf(const QString& reference)
{
    static const QRegularExpression digits(QStringLiteral("(\\d+)$"));
    const QRegularExpressionMatch match = digits.match(reference);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QStringList sharedStrings(const ZipArchive& zip)
{
    QStringList strings;
    QXmlStreamReader xml(zip.entry(QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si") {
            inItem = true;
            current.clear();
        } else if (xml.isStartElement() && xml.name() == u"t" && inItem) {
            current += xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"rPh") {
            xml.skipCurrentElement(); // phonetic runs are not part of the text
        } else if (xml.isEndElement() && xml.name() == u"si") {
            strings.append(current);
            inItem = false;
        }
    }
    return strings;
}

// The first sheet's part: workbook.xml's first <sheet>, through the workbook's relationships.
QString firstSheetPart(const ZipArchive& zip)
{
    QString relationshipId;
    QXmlStreamReader workbook(zip.entry(QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd() && relationshipId.isEmpty()) {
        workbook.readNext();
        if (workbook.isStartElement() && workbook.name() == u"sheet") {
            for (const QXmlStreamAttribute& attribute : workbook.attributes()) {
                if (attribute.name() == u"id")
                    relationshipId = attribute.value().toString();
            }
        }
    }
    QXmlStreamReader rels(zip.entry(QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!rels.atEnd() && !relationshipId.isEmpty()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == u"Relationship" &&
            rels.attributes().value(QStringLiteral("Id")) == relationshipId) {
            QString target = rels.attributes().value(QStringLiteral("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

} // namespace

QStringList IndicatorImport::header()
{
    return {QStringLiteral("region_code"), QStringLiteral("year"), QStringLiteral("indicator"),
            QStringLiteral("value"),       QStringLiteral("unit"), QStringLiteral("source")};
}

bool IndicatorImport::csvRows(const QString& text, QVector<QStringList>* rows, QString* error)
{
    rows->clear();
    QStringList row;
    QString cell;
    bool quoted = false;
    bool rowStarted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty()) {
            quoted = true;
            rowStarted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
            rowStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(cell);
            rows->append(rowStarted || !cell.isEmpty() ? row : QStringList());
            row.clear();
            cell.clear();
            rowStarted = false;
            ++line;
        } else {
            cell += c;
            rowStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = tr("a quoted field opened on line %1 is never closed").arg(line);
        return false;
    }
    if (rowStarted || !cell.isEmpty()) {
        row.append(cell);
        rows->append(row);
    }
    return true;
}

bool IndicatorImport::xlsxRows(const QString& path, QVector<QStringList>* rows, QString* error)
{
    rows->clear();
    ZipArchive zip;
    QString detail;
    if (!zip.load(path, &detail)) {
        if (error)
            *error = tr("not a readable XLSX workbook: %1").arg(detail);
        return false;
    }
    const QString sheet = firstSheetPart(zip);
    if (!zip.contains(sheet)) {
        if (error)
            *error = tr("the workbook has no worksheet");
        return false;
    }
    const QStringList strings = sharedStrings(zip);
    QXmlStreamReader xml(zip.entry(sheet));
    QString reference;
    QString type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"c") {
            reference = xml.attributes().value(QStringLiteral("r")).toString();
            type = xml.attributes().value(QStringLiteral("t")).toString();
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"c") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && (xml.name() == u"v" || xml.name() == u"t"))
                    text += xml.readElementText();
            }
            if (type == QLatin1String("s"))
                text = strings.value(text.toInt());
            else if (type == QLatin1String("b"))
                text = text == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            const int row = rowOf(reference);
            const int column = columnOf(reference);
            if (row <= 0 || column < 0 || row > 1048576 || column > 16384)
                continue;
            while (rows->size() < row)
                rows->append(QStringList());
            QStringList& cells = (*rows)[row - 1];
            while (cells.size() <= column)
                cells.append(QString());
            cells[column] = text;
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = tr("the worksheet cannot be read: %1").arg(xml.errorString());
        return false;
    }
    return true;
}

IndicatorImport::Result IndicatorImport::read(const QString& path, const Gazetteer& gazetteer,
                                              const QHash<QString, QString>& storedUnits)
{
    Result result;
    QVector<QStringList> rows;
    QString error;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        if (!xlsxRows(path, &rows, &error)) {
            result.failures.append({0, error});
            return result;
        }
        return parse(rows, gazetteer, storedUnits);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.failures.append({0, tr("cannot be read: %1").arg(file.errorString())});
        return result;
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        result.failures.append({0, tr("is not UTF-8 text (save the table as CSV UTF-8 or as XLSX)")});
        return result;
    }
    if (!csvRows(text, &rows, &error)) {
        result.failures.append({0, error});
        return result;
    }
    return parse(rows, gazetteer, storedUnits);
}

IndicatorImport::Result IndicatorImport::parse(const QVector<QStringList>& rows, const Gazetteer& gazetteer,
                                               const QHash<QString, QString>& storedUnits)
{
    Result result;
    const QStringList expected = header();
    QStringList found = rows.value(0);
    for (QString& cell : found)
        cell = cell.trimmed().toLower();
    while (!found.isEmpty() && found.last().isEmpty())
        found.removeLast();
    if (found != expected) {
        result.failures.append({1, tr("the header must be %1").arg(expected.join(QLatin1Char(',')))});
        return result;
    }
    QHash<QString, QPair<QString, int>> unitOf; // indicator → unit, row that set it
    QHash<QString, int> rowOfKey;
    static const QRegularExpression indicatorName(QStringLiteral("^[\\p{L}\\p{N}_.-]+$"));
    for (int r = 1; r < rows.size(); ++r) {
        QStringList cells = rows.at(r);
        for (QString& cell : cells)
            cell = cell.trimmed();
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        if (cells.isEmpty())
            continue; // blank line
        const int rowNumber = r + 1;
        auto failRow = [&](const QString& reason) { result.failures.append({rowNumber, reason}); };
        if (cells.size() > expected.size()) {
            failRow(tr("%1 columns, the header has 6").arg(cells.size()));
            continue;
        }
        while (cells.size() < expected.size())
            cells.append(QString());
        IndicatorValue value;
        value.regionCode = cells.at(0);
        const Region region = gazetteer.region(value.regionCode);
        if (value.regionCode.isEmpty()) {
            failRow(tr("region_code is empty"));
            continue;
        }
        if (!region.isValid()) {
            failRow(tr("unknown region code %1").arg(value.regionCode));
            continue;
        }
        value.regionCode = region.code; // "440404000000" → "440404"
        bool ok = false;
        value.year = cells.at(1).toInt(&ok);
        if (!ok || value.year < 1949 || value.year > 2100) {
            failRow(tr("year %1 is not a year between 1949 and 2100").arg(cells.at(1)));
            continue;
        }
        value.indicator = cells.at(2);
        if (!indicatorName.match(value.indicator).hasMatch()) {
            failRow(value.indicator.isEmpty()
                        ? tr("indicator is empty")
                        : tr("indicator %1 has characters other than letters, digits, _ . -")
                              .arg(value.indicator));
            continue;
        }
        QString number = cells.at(3);
        number.remove(QLatin1Char(',')); // thousands separators as spreadsheets write them
        value.value = number.toDouble(&ok);
        if (!ok || !std::isfinite(value.value)) {
            failRow(cells.at(3).isEmpty() ? tr("value is empty")
                                          : tr("value %1 is not a number").arg(cells.at(3)));
            continue;
        }
        value.unit = cells.at(4);
        if (value.unit.isEmpty()) {
            failRow(tr("unit is empty"));
            continue;
        }
        value.source = cells.at(5);
        if (value.source.isEmpty()) {
            failRow(tr("source is empty (name where the number comes from)"));
            continue;
        }
        const QString stored = storedUnits.value(value.indicator);
        if (!stored.isEmpty() && stored != value.unit) {
            failRow(tr("unit %1 differs from %2, the unit of %3 already stored")
                        .arg(value.unit, stored, value.indicator));
            continue;
        }
        const auto unit = unitOf.constFind(value.indicator);
        if (unit != unitOf.cend() && unit->first != value.unit) {
            failRow(tr("unit %1 differs from %2, the unit of %3 in row %4")
                        .arg(value.unit, unit->first, value.indicator)
                        .arg(unit->second));
            continue;
        }
        const QString key = value.indicator + QLatin1Char('\n') + value.regionCode + QLatin1Char('\n') +
                            QString::number(value.year);
        if (const int earlier = rowOfKey.value(key, 0)) {
            failRow(tr("duplicate of row %1 (%2, %3, %4)")
                        .arg(earlier)
                        .arg(value.indicator, value.regionCode)
                        .arg(value.year));
            continue;
        }
        if (unit == unitOf.cend())
            unitOf.insert(value.indicator, {value.unit, rowNumber});
        rowOfKey.insert(key, rowNumber);
        result.values.append(value);
    }
    if (result.values.isEmpty() && result.failures.isEmpty())
        result.failures.append({0, tr("the table has no rows under its header")});
    return result;
}

} // namespace rs
