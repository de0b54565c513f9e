#include "GoldRow.h"

#include <QFile>
#include <QStringList>

namespace rs {

namespace {

std::optional<double> optionalNumber(const QString& s, bool* ok)
{
    *ok = true;
    if (s.trimmed().isEmpty())
        return std::nullopt;
    const double v = s.trimmed().toDouble(ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

QVector<GoldRow> GoldRow::parseTsv(const QString& content, QString* error)
{
    QVector<GoldRow> rows;
    const QStringList lines = content.split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) { // line 0 is the header
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        bool ok = f.size() >= 6;
        GoldRow r;
        if (ok) {
            r.quote = f[0];
            r.value = f[1].trimmed().toDouble(&ok);
        }
        bool okLow = true;
        bool okHigh = true;
        if (ok) {
            r.unit = f[2].trimmed();
            ok = qualifierFromName(f[3].trimmed(), &r.qualifier);
            r.low = optionalNumber(f[4], &okLow);
            r.high = optionalNumber(f[5], &okHigh);
            r.subject = f.value(6).trimmed();
            r.key = f.value(7).trimmed();
            r.line = i + 1;
        }
        if (!ok || !okLow || !okHigh || r.quote.isEmpty()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("malformed gold row at line %1").arg(i + 1);
            continue;
        }
        rows.append(r);
    }
    return rows;
}

QVector<GoldRow> GoldRow::readTsv(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, f.errorString());
        return {};
    }
    return parseTsv(QString::fromUtf8(f.readAll()), error);
}

} // namespace rs
