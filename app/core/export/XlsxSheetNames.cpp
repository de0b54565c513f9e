#include "export/XlsxSheetNames.h"

namespace rs {

namespace {

// Cuts to at most count code points without splitting a surrogate pair (Excel counts characters).
QString leftCodePoints(const QString& text, int count)
{
    int used = 0;
    int i = 0;
    while (i < text.size() && used < count) {
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        ++used;
    }
    return text.left(i);
}

} // namespace

QString XlsxSheetNames::valid(const QString& wanted)
{
    QString name;
    name.reserve(wanted.size());
    for (const QChar c : wanted) {
        static const QString forbidden = QStringLiteral("[]:*?/\\");
        if (forbidden.contains(c) || c.unicode() < 0x20)
            name.append(QLatin1Char('_'));
        else
            name.append(c);
    }
    name = leftCodePoints(name.simplified(), maxLength);
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty())
        name = tr("Sheet");
    if (name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        name += QLatin1Char('_');
    return name;
}

QString XlsxSheetNames::add(const QString& wanted)
{
    const QString base = valid(wanted);
    QString name = base;
    for (int n = 2; m_taken.contains(name.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = leftCodePoints(base, maxLength - int(suffix.size())).trimmed() + suffix;
    }
    m_taken.insert(name.toCaseFolded());
    return name;
}

} // namespace rs
