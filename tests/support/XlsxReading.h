#pragma once

// Reads back what the tests need from an .xlsx: sheet names in order and each sheet's cells as text.

#include "OpcChecks.h"

#include <QHash>

namespace xlsx {

struct Sheet
{
    QString name;
    QString part;                  // "xl/worksheets/sheet1.xml"
    QHash<QString, QString> cells; // "B2" -> value as written (shared strings resolved)
    QHash<QString, int> styles;    // "B2" -> s attribute
    int rows = 0;
};

inline QStringList sharedStrings(const rs::ZipArchive& zip)
{
    QStringList strings;
    QXmlStreamReader xml(zip.entry(QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inItem) {
            current += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
            strings.append(current);
            inItem = false;
        }
    }
    return strings;
}

inline QVector<Sheet> sheets(const rs::ZipArchive& zip)
{
    QVector<Sheet> list;
    const QMap<QString, QString> targets = opc::targetsById(zip, QStringLiteral("xl/workbook.xml"));
    QXmlStreamReader workbook(zip.entry(QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd()) {
        workbook.readNext();
        if (workbook.isStartElement() && workbook.name() == QLatin1String("sheet")) {
            Sheet sheet;
            sheet.name = workbook.attributes().value(QLatin1String("name")).toString();
            for (const QXmlStreamAttribute& attribute : workbook.attributes()) {
                if (attribute.name() == QLatin1String("id"))
                    sheet.part = targets.value(attribute.value().toString());
            }
            list.append(sheet);
        }
    }
    const QStringList strings = sharedStrings(zip);
    for (Sheet& sheet : list) {
        QXmlStreamReader xml(zip.entry(sheet.part));
        QString ref;
        QString type;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("row")) {
                ++sheet.rows;
            } else if (xml.name() == QLatin1String("c")) {
                ref = xml.attributes().value(QLatin1String("r")).toString();
                type = xml.attributes().value(QLatin1String("t")).toString();
                if (xml.attributes().hasAttribute(QLatin1String("s")))
                    sheet.styles.insert(ref, xml.attributes().value(QLatin1String("s")).toInt());
            } else if (xml.name() == QLatin1String("v")) {
                const QString value = xml.readElementText();
                sheet.cells.insert(ref, type == QLatin1String("s") ? strings.value(value.toInt()) : value);
            } else if (xml.name() == QLatin1String("t")) {
                sheet.cells.insert(ref, xml.readElementText()); // inline strings
            }
        }
    }
    return list;
}

// The number format codes in styles.xml, by cellXfs index.
inline QStringList cellFormats(const rs::ZipArchive& zip)
{
    QHash<int, QString> codes;
    QStringList formats;
    QXmlStreamReader xml(zip.entry(QStringLiteral("xl/styles.xml")));
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
            codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                         xml.attributes().value(QLatin1String("formatCode")).toString());
        else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf"))
            formats.append(codes.value(xml.attributes().value(QLatin1String("numFmtId")).toInt()));
    }
    return formats;
}

} // namespace xlsx
