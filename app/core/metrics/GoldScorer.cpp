#include "GoldScorer.h"

#include <QStringList>

#include <cmath>

namespace rs {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

QString describe(const Metric& m)
{
    QString s = QStringLiteral("%1 %2 %3").arg(number(m.value), m.unit, qualifierName(m.qualifier));
    if (m.low && m.high)
        s += QStringLiteral(" [%1..%2]").arg(number(*m.low), number(*m.high));
    return s + QStringLiteral(" key=%1 subject=%2 quote=「%3」@%4")
                   .arg(m.key.isEmpty() ? QStringLiteral("-") : m.key, m.subject, m.quote)
                   .arg(m.start);
}

} // namespace

double ScoreReport::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void ScoreReport::add(const ScoreReport& o)
{
    goldRows += o.goldRows;
    extracted += o.extracted;
    found += o.found;
    qualifierAgree += o.qualifierAgree;
    keyAgree += o.keyAgree;
    keyedFound += o.keyedFound;
    keyedAgree += o.keyedAgree;
    missingQuotes += o.missingQuotes;
    // Keep precision() right for the total: false positives count, their details stay per file.
    for (int fp : o.falsePositives)
        falsePositives.append(fp);
}

QString ScoreReport::summary() const
{
    return QStringLiteral("%1: gold %2, extracted %3, found %4, false positives %5 | P %6 R %7 F1 %8 | "
                          "qualifier %9 key %10 | key accuracy %11")
        .arg(name.isEmpty() ? QStringLiteral("total") : name)
        .arg(goldRows)
        .arg(extracted)
        .arg(found)
        .arg(falsePositives.size())
        .arg(precision(), 0, 'f', 3)
        .arg(recall(), 0, 'f', 3)
        .arg(f1(), 0, 'f', 3)
        .arg(qualifierAgreement(), 0, 'f', 3)
        .arg(keyAgreement(), 0, 'f', 3)
        .arg(keyAccuracy(), 0, 'f', 3);
}

QString ScoreReport::details() const
{
    QStringList lines;
    for (const GoldRowResult& r : rows) {
        const GoldRow& g = r.row;
        const QString gold = QStringLiteral("line %1 「%2」 %3 %4 %5 key=%6")
                                 .arg(g.line)
                                 .arg(g.quote, number(g.value), g.unit, qualifierName(g.qualifier),
                                      g.key.isEmpty() ? QStringLiteral("-") : g.key);
        if (r.quoteStart < 0) {
            lines << QStringLiteral("  NO QUOTE  %1").arg(gold);
        } else if (!r.found()) {
            lines << QStringLiteral("  MISS      %1").arg(gold);
        } else {
            const Metric& m = metrics[r.metricIndex];
            if (!r.qualifierAgrees)
                lines << QStringLiteral("  QUALIFIER %1 | got %2").arg(gold, qualifierName(m.qualifier));
            if (!r.keyAgrees)
                lines << QStringLiteral("  KEY       %1 | got %2 (subject %3)")
                             .arg(gold, m.key.isEmpty() ? QStringLiteral("-") : m.key, m.subject);
        }
    }
    for (int i : falsePositives) {
        if (i >= 0 && i < metrics.size())
            lines << QStringLiteral("  FALSE POS %1").arg(describe(metrics[i]));
    }
    return lines.join(QLatin1Char('\n'));
}

bool GoldScorer::sameValue(double a, double b)
{
    return std::fabs(a - b) <= std::max(1e-9 * std::fabs(b), 0.005);
}

ScoreReport GoldScorer::score(const QVector<Metric>& metrics, const QString& text,
                              const QVector<GoldRow>& gold)
{
    ScoreReport rep;
    rep.metrics = metrics;
    rep.goldRows = int(gold.size());
    rep.extracted = int(metrics.size());
    QVector<bool> used(metrics.size(), false);
    for (const GoldRow& g : gold) {
        GoldRowResult r;
        r.row = g;
        r.quoteStart = int(text.indexOf(g.quote));
        if (r.quoteStart < 0) {
            ++rep.missingQuotes;
            rep.rows.append(r);
            continue;
        }
        const int qs = r.quoteStart;
        const int qe = qs + int(g.quote.size());
        for (int i = 0; i < metrics.size(); ++i) {
            const Metric& m = metrics[i];
            if (used[i] || m.end <= qs || m.start >= qe || !sameValue(m.value, g.value))
                continue;
            used[i] = true;
            r.metricIndex = i;
            r.qualifierAgrees = m.qualifier == g.qualifier;
            r.keyAgrees = m.key == g.key;
            break;
        }
        if (r.found()) {
            ++rep.found;
            rep.qualifierAgree += r.qualifierAgrees ? 1 : 0;
            rep.keyAgree += r.keyAgrees ? 1 : 0;
            if (!g.key.isEmpty()) {
                ++rep.keyedFound;
                rep.keyedAgree += r.keyAgrees ? 1 : 0;
            }
        }
        rep.rows.append(r);
    }
    for (int i = 0; i < metrics.size(); ++i) {
        if (!used[i])
            rep.falsePositives.append(i);
    }
    return rep;
}

} // namespace rs
