#include "MetricFormat.h"

namespace rs::cli {

QString plainNumber(double value)
{
    QString text = QString::number(value, 'f', 6);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QStringList metricHeader()
{
    return {QStringLiteral("start"),  QStringLiteral("end"),   QStringLiteral("quote"),
            QStringLiteral("value"),  QStringLiteral("unit"),  QStringLiteral("qualifier"),
            QStringLiteral("low"),    QStringLiteral("high"),  QStringLiteral("subject"),
            QStringLiteral("metric"), QStringLiteral("period")};
}

QStringList metricFields(const Metric& m)
{
    return {QString::number(m.start),
            QString::number(m.end),
            m.quote,
            plainNumber(m.value),
            m.unit,
            qualifierName(m.qualifier),
            m.low ? plainNumber(*m.low) : QString(),
            m.high ? plainNumber(*m.high) : QString(),
            m.subject,
            m.key,
            m.period};
}

QJsonObject metricJson(const Metric& m)
{
    QJsonObject object;
    const QStringList names = metricHeader();
    const QStringList fields = metricFields(m);
    for (int i = 0; i < names.size(); ++i)
        object.insert(names.at(i), fields.at(i));
    object.insert(QStringLiteral("start"), m.start);
    object.insert(QStringLiteral("end"), m.end);
    object.insert(QStringLiteral("value"), m.value);
    object.insert(QStringLiteral("low"), m.low ? QJsonValue(*m.low) : QJsonValue());
    object.insert(QStringLiteral("high"), m.high ? QJsonValue(*m.high) : QJsonValue());
    object.insert(QStringLiteral("target"), m.isTarget);
    // The figure names no year: its period is its report's (publication date or the year covered).
    object.insert(QStringLiteral("period_by_report"), m.periodByReport);
    object.insert(QStringLiteral("sub_key"), m.subKey);
    object.insert(QStringLiteral("key_reason"), m.reason);
    return object;
}

} // namespace rs::cli
